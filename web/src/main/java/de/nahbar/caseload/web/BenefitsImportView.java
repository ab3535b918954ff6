package de.nahbar.caseload.web;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

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
 * the good ones) in the background with a progress bar, the last runs, and the refused rows of
 * the run chosen.
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
    /** The import started here and still running, by the token its progress is kept under. */
    private String token;

    private ImportRuns.Progress progress;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        latest = runs.latest(0, RUNS_SHOWN);
        runCount = runs.count();
    }

    /** Starts the import in the background; {@link #poll} follows it until its run is recorded. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        token = UUID.randomUUID().toString();
        progress = null;
        imports.start(token, file.getFileName(), file.getContent(), kind, mode);
    }

    /** Every second while an import runs: its progress, and at its end the run it recorded. */
    public void poll() {
        if (token == null) {
            return;
        }
        progress = runs.progress(token).orElse(null);
        if (progress == null || !progress.over()) {
            return; // not begun yet, or still running
        }
        token = null;
        reload();
        if (progress.failed()) {
            FacesMessages.error(null, "benefits.failed");
            return;
        }
        shown = runs.withRefusals(progress.runId()).orElse(null);
        if (shown == null) {
            // recorded, but not to be read back (removed in between): the run list says what happened
            FacesMessages.error(null, "benefits.runNotFound");
            return;
        }
        if (progress.seenBefore()) {
            FacesMessages.info("benefits.seenBefore");
        }
        if (shown.isApplied()) {
            FacesMessages.info("benefits.applied", shown.getRowsTotal(), shown.getRefused());
        } else {
            FacesMessages.error(null, "benefits.notApplied", shown.getRefused());
        }
    }

    /** Whether an import started here is still running: the page shows its progress and asks again. */
    public boolean isRunning() {
        return token != null;
    }

    public ImportRuns.Progress getProgress() {
        return progress;
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
