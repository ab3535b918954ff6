package de.nahbar.caseload.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.caseload.service.CaseFile;
import de.nahbar.caseload.service.CaseFileService;
import de.nahbar.caseload.service.CaseworkService;
import de.nahbar.caseload.service.ReasonRequiredException;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.NotFound;
import de.nahbar.shared.web.ServiceCall;

/**
 * case/file.xhtml: one customer's case file. Opening it is logged by the service; a team lead
 * states a reason first and reads only. Every form saves through {@link CaseworkService}, which
 * checks access again; the page only hides what the service would refuse anyway.
 */
@Named
@ViewScoped
public class CaseFileView implements Serializable {

    /** The forms of the case file live in its tab view: their fields' client ids begin with it. */
    private static final String TABS = "tabs:";

    @EJB
    private CaseFileService files;

    @EJB
    private CaseworkService casework;

    private Long id;
    private String reason;
    private boolean reasonNeeded;
    private CaseFile file;
    private final CaseForms forms = new CaseForms();

    /** f:viewAction: opens the case, or asks a team lead for the reason first. */
    public void load() throws IOException {
        if (id == null) {
            NotFound.answer();
            return;
        }
        if (file != null) {
            return;
        }
        try {
            show(files.open(id, null));
        } catch (ReasonRequiredException e) {
            reasonNeeded = true;
        }
    }

    /**
     * Opens the case with the reason just posted. The reason is used for this one opening and
     * forgotten: a further post must state its own (the service checks and logs it each time).
     */
    public void openWithReason() {
        String stated = reason;
        reason = null;
        if (!reasonNeeded || file != null) {
            return;
        }
        try {
            show(files.open(id, stated));
            reasonNeeded = false;
        } catch (ReasonRequiredException e) {
            FacesMessages.error("reasonForm:reason", e.messageKey());
        }
    }

    private void show(CaseFile opened) {
        file = opened;
        forms.fillFrom(opened.summary());
    }

    private void saved(String key) {
        FacesMessages.info(key);
        show(files.reload(id));
    }

    /** Runs a change; tells the user in German when it was refused, and nothing was stored. */
    private boolean attempt(Runnable change, String savedKey) {
        return attempt(ServiceCall.of(change), savedKey);
    }

    private boolean attempt(ServiceCall change, String savedKey) {
        boolean done =
                change.onConcurrentChange(() -> forms.concurrentChange = true).run();
        if (done) {
            saved(savedKey);
        }
        return done;
    }

    /** Shows the case as it is now, after another part of the page changed it (a follow-up from a measure's "not yet"). */
    void refresh(@Observes(notifyObserver = Reception.IF_EXISTS) CaseFollowUpsChanged changed) {
        if (file != null
                && file.writable()
                && Long.valueOf(changed.customerId()).equals(id)) {
            show(files.reload(id));
        }
    }

    public void reloadAfterConflict() {
        forms.concurrentChange = false;
        show(files.reload(id));
        FacesMessages.info("case.reloaded");
    }

    public void saveMasterData() {
        CaseForms f = forms;
        attempt(
                ServiceCall.of(() -> casework.changeMasterData(
                                id, file.summary().version(), f.firstName, f.lastName, f.birthDate, f.phone, f.email))
                        .field("firstName", TABS + "masterForm:firstName")
                        .field("lastName", TABS + "masterForm:lastName")
                        .field("birthDate", TABS + "masterForm:birthDate")
                        .field("phone", TABS + "masterForm:phone")
                        .field("email", TABS + "masterForm:email"),
                "case.masterData.saved");
    }

    public void changeSupportMode() {
        CaseForms f = forms;
        if (f.supportModeOn.isAfter(JobcenterTime.today())) {
            FacesMessages.error(TABS + "supportForm:supportModeOn", "validation.notInFuture");
            return;
        }
        if (attempt(
                () -> casework.changeSupportMode(
                        id, file.summary().version(), f.supportMode, f.supportModeOn, f.supportModeReason),
                "case.supportMode.saved")) {
            f.supportModeReason = null;
        }
    }

    public void assignProfile() {
        attempt(() -> casework.assignProfile(id, file.summary().version(), forms.profile), "case.profile.saved");
    }

    public void clarifyMandate() {
        CaseForms f = forms;
        attempt(
                ServiceCall.of(() -> casework.clarifyMandate(
                                id, file.summary().version(), f.mandateStatus, f.mandateOn, f.mandateGoals))
                        .field("mandateOn", TABS + "mandateForm:mandateOn"),
                "case.mandate.saved");
    }

    public void addReason() {
        CaseForms f = forms;
        if (attempt(
                ServiceCall.of(() -> casework.addAvailabilityReason(
                                id, f.reasonKind, f.reasonNote, f.reasonFrom, f.reasonTo))
                        .field("to", TABS + "reasonsForm:reasonTo"),
                "case.reason.saved")) {
            f.clearReason();
        }
    }

    public void endReason(long reasonId) {
        attempt(() -> casework.endAvailabilityReason(reasonId, JobcenterTime.today()), "case.reason.ended");
    }

    public void addNote() {
        if (attempt(() -> casework.addNote(id, forms.noteText), "case.note.saved")) {
            forms.noteText = null;
        }
    }

    public void startCorrection(long noteId) {
        forms.correctingNoteId = noteId;
        forms.correctionText = null;
    }

    public void cancelCorrection() {
        forms.correctingNoteId = null;
    }

    public void saveCorrection() {
        if (attempt(() -> casework.correctNote(forms.correctingNoteId, forms.correctionText), "case.note.corrected")) {
            forms.correctingNoteId = null;
            forms.correctionText = null;
        }
    }

    public void addFollowUp() {
        CaseForms f = forms;
        if (attempt(
                ServiceCall.of(() -> casework.addFollowUp(id, f.followUpKind, f.followUpTitle, f.followUpDue))
                        .field("dueOn", TABS + "followUpForm:followUpDue"),
                "case.followUp.saved")) {
            f.followUpTitle = null;
            f.followUpDue = null;
        }
    }

    public void completeFollowUp(long followUpId, long version) {
        attempt(() -> casework.completeFollowUp(followUpId, version), "case.followUp.completed");
    }

    public void logContact() {
        CaseForms f = forms;
        LocalDateTime at = f.contactAt;
        if (attempt(
                ServiceCall.of(() -> casework.logContact(
                                id,
                                f.contactChannel,
                                at.atZone(JobcenterTime.ZONE).toInstant(),
                                f.contactMinutes,
                                f.contactTopic,
                                f.contactNote))
                        .field("occurredAt", TABS + "contactForm:contactAt"),
                "case.contact.saved")) {
            f.clearContact();
        }
    }

    public void agreePlan() {
        CaseForms f = forms;
        if (f.planReviewOn.isBefore(f.planAgreedOn)) {
            FacesMessages.error(TABS + "planForm:planReviewOn", "validation.reviewBeforeAgreed");
            return;
        }
        if (attempt(
                ServiceCall.of(() -> casework.agreeCooperationPlan(
                                id,
                                f.planGoal,
                                f.planCustomerSteps,
                                f.planJobcenterSteps,
                                f.planAgreedOn,
                                f.planReviewOn))
                        .field("reviewOn", TABS + "planForm:planReviewOn"),
                "case.plan.saved")) {
            f.clearPlan();
        }
    }

    public CaseForms getForms() {
        return forms;
    }

    public CaseFile getFile() {
        return file;
    }

    public boolean isReasonNeeded() {
        return reasonNeeded;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
