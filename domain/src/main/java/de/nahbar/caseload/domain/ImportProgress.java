package de.nahbar.caseload.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.nahbar.shared.domain.Guard;

/**
 * How far an import of the benefits file that runs in the background has come: rows done of all
 * rows, then the run it recorded, or that it failed. The page that started it asks every second
 * and shows a progress bar; a first load of 100,000 customers takes minutes.
 */
@Entity
@Table(name = "import_progress")
public class ImportProgress {

    public static final int TOKEN_LENGTH = 36;

    @Id
    @Column(name = "token", length = TOKEN_LENGTH)
    private String token;

    @Column(name = "started_by", nullable = false, updatable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "seen_before", nullable = false, updatable = false)
    private boolean seenBefore;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "failed", nullable = false)
    private boolean failed;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ImportProgress() {
        // for JPA
    }

    public ImportProgress(String token, String startedBy, boolean seenBefore, Instant at) {
        this.token = Guard.text(token, "token", TOKEN_LENGTH);
        this.startedBy = Guard.text(startedBy, "startedBy", 64);
        this.seenBefore = seenBefore;
        this.startedAt = Objects.requireNonNull(at, "at");
        this.updatedAt = at;
    }

    public void advanced(int done, int total, Instant at) {
        this.rowsDone = done;
        this.rowsTotal = total;
        this.updatedAt = at;
    }

    public void finished(long run, Instant at) {
        this.runId = run;
        this.rowsDone = rowsTotal;
        this.updatedAt = at;
    }

    public void failed(Instant at) {
        this.failed = true;
        this.updatedAt = at;
    }

    public String getToken() {
        return token;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public boolean isSeenBefore() {
        return seenBefore;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsDone() {
        return rowsDone;
    }

    public Long getRunId() {
        return runId;
    }

    public boolean isFailed() {
        return failed;
    }

    /** Done, one way or the other: the run is recorded, or the import failed. */
    public boolean isOver() {
        return runId != null || failed;
    }
}
