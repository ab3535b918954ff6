package de.nahbar.caseload.domain;

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
 * One closing of a case (Abmeldung) and, when the customer came back, its reopening: the
 * history that the customer's current state ({@link Customer#isClosed()}) does not keep. Never
 * edited but for the one stamp of the reopening.
 */
@Entity
@Table(name = "case_exit")
public class CaseExit {

    @Id
    @SequenceGenerator(name = "case_exit_seq", sequenceName = "case_exit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_exit_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "closed_on", nullable = false, updatable = false)
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false, length = 24)
    private ExitReason reason;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "reopened_by", length = 64)
    private String reopenedBy;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    protected CaseExit() {
        // for JPA
    }

    CaseExit(Customer customer, LocalDate closedOn, ExitReason reason, String by, Instant at) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.closedOn = Objects.requireNonNull(closedOn, "closedOn");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.recordedBy = Guard.text(by, "by", 64);
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    /** The customer came back: the case is open again from now. */
    public void reopened(String by, Instant at) {
        if (reopenedAt != null) {
            throw new IllegalStateException("exit " + id + " reopened already");
        }
        this.reopenedBy = Guard.text(by, "by", 64);
        this.reopenedAt = Objects.requireNonNull(at, "at");
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public ExitReason getReason() {
        return reason;
    }

    public String getReopenedBy() {
        return reopenedBy;
    }
}
