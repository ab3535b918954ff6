package de.nahbar.provider.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

import de.nahbar.provider.domain.DeficiencyStatus;
import de.nahbar.provider.domain.EscalationStep;
import de.nahbar.provider.domain.EvidenceUpload;
import de.nahbar.provider.domain.PassedOnTo;
import de.nahbar.provider.service.DeficiencyDetail;
import de.nahbar.provider.service.DeficiencyService;
import de.nahbar.provider.service.EvidenceDownload;
import de.nahbar.provider.service.EvidenceRefusedException;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.NahbarException;
import de.nahbar.shared.web.Downloads;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.Formats;
import de.nahbar.shared.web.Messages;
import de.nahbar.shared.web.NotFound;
import de.nahbar.shared.web.ServiceCall;
import de.nahbar.staff.web.Letterheads;

/**
 * provider/deficiency.xhtml: a deficiency's file with every entry, and for those who manage it
 * the ways to add to it: evidence with a file, a correction, the next status, an escalation
 * step, passing it on; the written demand as a PDF letter.
 */
@Named
@ViewScoped
public class DeficiencyView implements Serializable {

    @Inject
    private Letterheads letterheads;

    @EJB
    private DeficiencyService deficiencies;

    @Inject
    private Formats formats;

    private Long id;
    private DeficiencyDetail deficiency;

    private String evidenceText;
    private String pendingFileName;
    private byte[] pendingFile;

    private Long correcting;
    private String correctionText;

    private DeficiencyStatus nextStatus;
    private EscalationStep step;
    private LocalDate newDeadline;
    private String statusText;

    private PassedOnTo passedOnTo;
    private String passOnText;

    /** f:viewAction: loads the deficiency; an unknown or missing id is a German 404. */
    public void load() throws IOException {
        if (deficiency != null) {
            return;
        }
        deficiency = NotFound.loadOr404(id, deficiencies::detail);
    }

    /** A file chosen for the next evidence entry: checked at once, so a wrong one is told before anything is saved. */
    public void upload(FileUploadEvent event) {
        pendingFileName = null;
        pendingFile = null;
        try {
            // the size first: a file over the limit is not read into memory at all
            EvidenceUpload.checkSize(event.getFile().getSize());
            byte[] content = event.getFile().getContent();
            pendingFileName = deficiencies.checkFile(event.getFile().getFileName(), content);
            pendingFile = content;
        } catch (EvidenceUpload.RefusedException e) {
            FacesMessages.error(
                    "evidenceForm:file", "deficiency.error.file." + e.refusal().name());
        } catch (NahbarException e) {
            FacesMessages.error("evidenceForm:file", e.messageKey());
        }
    }

    public void removeFile() {
        pendingFileName = null;
        pendingFile = null;
    }

    public void saveEvidence() {
        if (attempt(
                () -> deficiencies.addEvidence(id, evidenceText, pendingFileName, pendingFile),
                "deficiency.evidenceSaved")) {
            evidenceText = null;
            removeFile();
        }
    }

    public void startCorrection(DeficiencyDetail.Entry entry) {
        correcting = entry.id();
        correctionText = null;
    }

    public void saveCorrection() {
        if (attempt(() -> deficiencies.correct(correcting, correctionText), "deficiency.correctionSaved")) {
            correcting = null;
        }
    }

    public void cancelCorrection() {
        correcting = null;
    }

    public void startStatus(DeficiencyStatus next) {
        nextStatus = next;
        step = next == DeficiencyStatus.ESCALATED
                ? (deficiency.escalation() == null ? EscalationStep.WARNING : deficiency.escalation())
                : null;
        newDeadline = next == DeficiencyStatus.NOTIFIED ? JobcenterTime.today().plusDays(14) : null;
        statusText = next == DeficiencyStatus.NOTIFIED ? Messages.get("deficiency.notifyText") : null;
    }

    public void saveStatus() {
        if (nextStatus == DeficiencyStatus.NOTIFIED && newDeadline == null) {
            FacesMessages.error("statusForm:newDeadline", "deficiency.error.deadlinePast");
            return;
        }
        if (nextStatus == DeficiencyStatus.ESCALATED
                && deficiency.escalation() != null
                && step.compareTo(deficiency.escalation()) < 0) {
            FacesMessages.error("statusForm:step", "deficiency.error.milderStep");
            return;
        }
        long version = deficiency.version();
        boolean done = attempt(
                () -> {
                    switch (nextStatus) {
                        case NOTIFIED -> deficiencies.notifyProvider(id, version, newDeadline, statusText);
                        case REMEDIED -> deficiencies.remedied(id, version, statusText);
                        case ESCALATED -> deficiencies.escalate(id, version, step, statusText);
                        case CLOSED -> deficiencies.close(id, version, statusText);
                        default -> throw new IllegalStateException("no way to " + nextStatus);
                    }
                },
                "deficiency.statusSaved");
        if (done) {
            nextStatus = null;
        }
    }

    public void cancelStatus() {
        nextStatus = null;
    }

    public void savePassOn() {
        if (attempt(() -> deficiencies.passOn(id, passedOnTo, passOnText), "deficiency.passedOn")) {
            passedOnTo = null;
            passOnText = null;
        }
    }

    public StreamedContent getLetter() {
        byte[] pdf = DemandLetterPdf.render(deficiencies.letter(id), letterheads.current());
        return Downloads.of("aufforderung-mangel-" + id + "-" + formats.today() + ".pdf", Downloads.PDF, pdf);
    }

    public StreamedContent file(long entryId) {
        EvidenceDownload file = deficiencies.file(entryId);
        return Downloads.of(file.fileName(), file.contentType(), file.content());
    }

    private boolean attempt(Runnable change, String savedKey) {
        boolean done = ServiceCall.of(change)
                .done(savedKey)
                .at(EvidenceRefusedException.class, "evidenceForm:file")
                .field("deadline", "statusForm:newDeadline")
                .concurrentChange("deficiency.error.concurrentChange")
                .run();
        deficiency = deficiencies.detail(id).orElseThrow();
        return done;
    }

    public boolean isCorrecting(DeficiencyDetail.Entry entry) {
        return correcting != null && correcting == entry.id();
    }

    public EscalationStep[] getSteps() {
        return EscalationStep.values();
    }

    public PassedOnTo[] getPassOnTargets() {
        return PassedOnTo.values();
    }

    public DeficiencyDetail getDeficiency() {
        return deficiency;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEvidenceText() {
        return evidenceText;
    }

    public void setEvidenceText(String evidenceText) {
        this.evidenceText = evidenceText;
    }

    public String getPendingFileName() {
        return pendingFileName;
    }

    public String getCorrectionText() {
        return correctionText;
    }

    public void setCorrectionText(String correctionText) {
        this.correctionText = correctionText;
    }

    public DeficiencyStatus getNextStatus() {
        return nextStatus;
    }

    public EscalationStep getStep() {
        return step;
    }

    public void setStep(EscalationStep step) {
        this.step = step;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }

    public String getStatusText() {
        return statusText;
    }

    public void setStatusText(String statusText) {
        this.statusText = statusText;
    }

    public PassedOnTo getPassedOnTo() {
        return passedOnTo;
    }

    public void setPassedOnTo(PassedOnTo passedOnTo) {
        this.passedOnTo = passedOnTo;
    }

    public String getPassOnText() {
        return passOnText;
    }

    public void setPassOnText(String passOnText) {
        this.passOnText = passOnText;
    }
}
