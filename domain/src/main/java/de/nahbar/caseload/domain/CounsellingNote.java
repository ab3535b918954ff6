package de.nahbar.caseload.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A counselling note (Beratungsvermerk). Append-only: every column is not updatable, and a
 * correction is a new note that names the note it corrects; both stay visible.
 */
@Entity
@Table(name = "counselling_note")
public class CounsellingNote {

    public static final int TEXT_MAX = 4000;

    @Id
    @SequenceGenerator(name = "counselling_note_seq", sequenceName = "counselling_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counselling_note_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "author", nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "text", nullable = false, updatable = false, length = TEXT_MAX)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_id", updatable = false)
    private CounsellingNote corrects;

    protected CounsellingNote() {
        // for JPA
    }

    public CounsellingNote(Customer customer, String text, String author, Instant writtenAt) {
        this(customer, text, author, writtenAt, null);
    }

    private CounsellingNote(
            Customer customer, String text, String author, Instant writtenAt, CounsellingNote corrects) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.text = Guard.text(text, "text", TEXT_MAX);
        this.author = Objects.requireNonNull(author, "author");
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
        this.corrects = corrects;
    }

    /** A new note correcting this one; this note itself stays as it was. */
    public CounsellingNote correctedBy(String correction, String correctionAuthor, Instant at) {
        return new CounsellingNote(customer, correction, correctionAuthor, at, this);
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public CounsellingNote getCorrects() {
        return corrects;
    }
}
