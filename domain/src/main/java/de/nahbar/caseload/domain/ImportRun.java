package de.nahbar.caseload.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One run of the benefits file (Leistungsdatei): who started it, which file (by its SHA-256, so
 * the same file twice is recognised), whether its rows were applied, what they did, and every
 * refused row with its reason. Written once, when the run ends, and never changed.
 */
@Entity
@Table(name = "import_run")
public class ImportRun implements Serializable {

    /** Whether a full file (everyone in benefits) or the changes of a day. */
    public enum Kind {
        FULL,
        DELTA
    }

    /** What happens to the good rows of a file with refused rows. */
    public enum Mode {
        /** Nothing is applied while one row is refused (the default: the file is fixed and sent again). */
        ALL_OR_NOTHING,
        /** The good rows are applied, the refused ones named for the next file. */
        GOOD_ROWS
    }

    /** What each row did; counted per run. */
    public record Counts(int created, int changed, int unchanged, int closed, int reopened, int moved, int missing)
            implements Serializable {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);
    }

    /** A refused row: its line in the file, the customer number if one could be read, the reason's key and detail. */
    @Embeddable
    public record Refusal(
            @Column(name = "row_number", nullable = false) int row,
            @Column(name = "customer_number", length = 10) String customerNumber,

            @Column(name = "reason_key", nullable = false, length = 80)
            String reasonKey,

            @Column(name = "detail", length = 200) String detail)
            implements Serializable {}

    @Id
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    private Long id;

    @Column(name = "started_by", nullable = false, updatable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false, updatable = false)
    private Instant finishedAt;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, updatable = false, length = 64)
    private String fileSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 8)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, updatable = false, length = 16)
    private Mode mode;

    @Column(name = "applied", nullable = false, updatable = false)
    private boolean applied;

    @Column(name = "rows_total", nullable = false, updatable = false)
    private int rowsTotal;

    @Column(name = "created", nullable = false, updatable = false)
    private int created;

    @Column(name = "changed", nullable = false, updatable = false)
    private int changed;

    @Column(name = "unchanged", nullable = false, updatable = false)
    private int unchanged;

    @Column(name = "closed", nullable = false, updatable = false)
    private int closed;

    @Column(name = "reopened", nullable = false, updatable = false)
    private int reopened;

    @Column(name = "refused", nullable = false, updatable = false)
    private int refused;

    @Column(name = "moved", nullable = false, updatable = false)
    private int moved;

    @Column(name = "missing", nullable = false, updatable = false)
    private int missing;

    @ElementCollection
    @CollectionTable(name = "import_refusal", joinColumns = @JoinColumn(name = "run_id"))
    @OrderColumn(name = "position")
    private List<Refusal> refusals = new ArrayList<>();

    protected ImportRun() {
        // for JPA
    }

    public ImportRun(
            String startedBy,
            Instant startedAt,
            String fileName,
            String fileSha256,
            Kind kind,
            Mode mode,
            int rowsTotal,
            boolean applied,
            Counts counts,
            List<Refusal> refusals) {
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.finishedAt = Instant.now();
        this.fileName = fileName == null || fileName.isBlank() ? "—" : fileName.strip();
        this.fileSha256 = Objects.requireNonNull(fileSha256, "fileSha256");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.rowsTotal = rowsTotal;
        this.applied = applied;
        this.created = counts.created();
        this.changed = counts.changed();
        this.unchanged = counts.unchanged();
        this.closed = counts.closed();
        this.reopened = counts.reopened();
        this.moved = counts.moved();
        this.missing = counts.missing();
        this.refused = refusals.size();
        this.refusals = new ArrayList<>(refusals);
    }

    public Long getId() {
        return id;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public Kind getKind() {
        return kind;
    }

    public Mode getMode() {
        return mode;
    }

    public boolean isApplied() {
        return applied;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public Counts getCounts() {
        return new Counts(created, changed, unchanged, closed, reopened, moved, missing);
    }

    public int getRefused() {
        return refused;
    }

    public List<Refusal> getRefusals() {
        return List.copyOf(refusals);
    }
}
