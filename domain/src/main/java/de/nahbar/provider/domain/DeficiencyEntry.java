package de.nahbar.provider.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import de.nahbar.shared.domain.Guard;

/**
 * One dated, attributed entry in a deficiency's file: its opening, evidence (text and perhaps a
 * file), a status change, an escalation step, or where it was passed on. Append-only: every
 * column is written once; a correction is a new entry naming the corrected one. Author and time
 * come from the server.
 */
@Entity
@Table(name = "deficiency_entry")
public class DeficiencyEntry {

    public static final int TEXT_MAX = 4000;

    @Id
    @SequenceGenerator(name = "deficiency_entry_seq", sequenceName = "deficiency_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deficiency_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deficiency_id", nullable = false, updatable = false)
    private Deficiency deficiency;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private DeficiencyEntryKind kind;

    @Column(name = "text", nullable = false, updatable = false, length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", updatable = false, length = 16)
    private DeficiencyStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation", updatable = false, length = 16)
    private EscalationStep escalation;

    @Enumerated(EnumType.STRING)
    @Column(name = "passed_on_to", updatable = false, length = 32)
    private PassedOnTo passedOnTo;

    @Column(name = "deadline", updatable = false)
    private LocalDate deadline;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_id", updatable = false)
    private DeficiencyEntry corrects;

    @Column(name = "file_name", updatable = false, length = EvidenceUpload.NAME_MAX)
    private String fileName;

    @Column(name = "content_type", updatable = false, length = 40)
    private String contentType;

    @Column(name = "file_size", updatable = false)
    private Integer fileSize;

    @Column(name = "author", nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected DeficiencyEntry() {
        // for JPA
    }

    /** The parts of an entry besides its kind and text; most are empty for most kinds. */
    record Details(
            DeficiencyStatus status,
            EscalationStep escalation,
            PassedOnTo passedOnTo,
            LocalDate deadline,
            DeficiencyEntry corrects,
            EvidenceUpload file) {}

    DeficiencyEntry(
            Deficiency deficiency, DeficiencyEntryKind kind, String text, Details details, String author, Instant at) {
        this.deficiency = Objects.requireNonNull(deficiency, "deficiency");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.text = Guard.text(text, "text", TEXT_MAX);
        this.status = details.status();
        this.escalation = details.escalation();
        this.passedOnTo = details.passedOnTo();
        this.deadline = details.deadline();
        this.corrects = details.corrects();
        if (details.file() != null) {
            this.fileName = details.file().fileName();
            this.contentType = details.file().type().contentType();
            this.fileSize = details.file().size();
        }
        this.author = Objects.requireNonNull(author, "author");
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    public boolean hasFile() {
        return fileName != null;
    }

    public Long getId() {
        return id;
    }

    public Deficiency getDeficiency() {
        return deficiency;
    }

    public DeficiencyEntryKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public DeficiencyStatus getStatus() {
        return status;
    }

    public EscalationStep getEscalation() {
        return escalation;
    }

    public PassedOnTo getPassedOnTo() {
        return passedOnTo;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public DeficiencyEntry getCorrects() {
        return corrects;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Integer getFileSize() {
        return fileSize;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
