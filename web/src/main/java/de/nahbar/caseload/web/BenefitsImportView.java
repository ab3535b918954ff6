package de.nahbar.caseload.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import de.nahbar.caseload.domain.ImportRun;
import de.nahbar.caseload.service.BenefitsImportService;
import de.nahbar.caseload.service.ImportRuns;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.Messages;

/**
 * admin/benefits.xhtml, second part: the benefits file read in (full or delta, all rows or only
 * the good ones), the last runs, and the refused rows of the run chosen.
 */
@Named
@ViewScoped
public class BenefitsImportView implements Serializable {

    private static final int RUNS_SHOWN = 20;

    @EJB
    private BenefitsImportService imports;

    @EJB
    private ImportRuns runs;

    private ImportRun.Kind kind = ImportRun.Kind.DELTA;
    private ImportRun.Mode mode = ImportRun.Mode.ALL_OR_NOTHING;
    private List<ImportRun> latest;
    private long runCount;
    /** The run whose refused rows are shown: the last one started here, or one chosen from the list. */
    private ImportRun shown;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        latest = runs.latest(0, RUNS_SHOWN);
        runCount = runs.count();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        BenefitsImportService.Result result = imports.run(file.getFileName(), file.getContent(), kind, mode);
        shown = runs.withRefusals(result.runId()).orElse(null);
        reload();
        if (shown == null) {
            // recorded, but not to be read back (removed in between): the run list says what happened
            FacesMessages.error(null, "benefits.runNotFound");
            return;
        }
        if (result.seenBefore()) {
            FacesMessages.info("benefits.seenBefore");
        }
        if (result.applied()) {
            FacesMessages.info("benefits.applied", shown.getRowsTotal(), shown.getRefused());
        } else {
            FacesMessages.error(null, "benefits.notApplied", shown.getRefused());
        }
    }

    public void show(ImportRun run) {
        shown = runs.withRefusals(run.getId()).orElse(null);
    }

    /** A refused row in words: "Zeile 4 (123D456789): Das Datum in abgang_am …". */
    public String describe(ImportRun.Refusal refusal) {
        String reason = RefusalTexts.reason(refusal, Messages::get);
        if (refusal.row() == 0) {
            return reason;
        }
        return Messages.get(
                "benefits.refusalAt",
                refusal.row(),
                refusal.customerNumber() == null ? "" : " (" + refusal.customerNumber() + ")",
                reason);
    }

    public ImportRun.Kind[] getKinds() {
        return ImportRun.Kind.values();
    }

    public ImportRun.Mode[] getModes() {
        return ImportRun.Mode.values();
    }

    public ImportRun.Kind getKind() {
        return kind;
    }

    public void setKind(ImportRun.Kind kind) {
        this.kind = kind;
    }

    public ImportRun.Mode getMode() {
        return mode;
    }

    public void setMode(ImportRun.Mode mode) {
        this.mode = mode;
    }

    public List<ImportRun> getLatest() {
        return latest;
    }

    public long getRunCount() {
        return runCount;
    }

    public ImportRun getShown() {
        return shown;
    }
}
