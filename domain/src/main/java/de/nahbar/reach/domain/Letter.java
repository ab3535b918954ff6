package de.nahbar.reach.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Basic;
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

import de.nahbar.caseload.domain.Customer;
import de.nahbar.shared.domain.Guard;

/**
 * A letter sent to a customer, kept as the very PDF that was sent, so that downloading it again
 * months later gives the same document. Letters are never changed.
 */
@Entity
@Table(name = "customer_letter")
public class Letter {

    public static final int SUBJECT_MAX = 200;
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    @Id
    @SequenceGenerator(name = "customer_letter_seq", sequenceName = "customer_letter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_letter_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appointment_id", updatable = false)
    private Appointment appointment;

    @Column(name = "subject", nullable = false, updatable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "written_by", nullable = false, updatable = false, length = 64)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    protected Letter() {
        // for JPA
    }

    public Letter(Appointment appointment, String subject, byte[] pdf, String writtenBy, Instant writtenAt) {
        this.appointment = Objects.requireNonNull(appointment, "appointment");
        this.customer = appointment.getCustomer();
        this.subject = Guard.text(subject, "subject", SUBJECT_MAX);
        if (pdf == null
                || pdf.length < 5
                || pdf.length > MAX_BYTES
                || !new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new IllegalArgumentException("a letter is a PDF of at most " + MAX_BYTES + " bytes");
        }
        this.pdf = pdf.clone();
        this.writtenBy = Objects.requireNonNull(writtenBy, "writtenBy");
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public byte[] getPdf() {
        return pdf.clone();
    }
}
