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
import de.nahbar.staff.domain.StaffMember;

/** A customer handed from one caseworker to another, by whom, when and why. History, never edited. */
@Entity
@Table(name = "reassignment")
public class Reassignment {

    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "reassignment_seq", sequenceName = "reassignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reassignment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_caseworker_id", nullable = false, updatable = false)
    private StaffMember from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_caseworker_id", nullable = false, updatable = false)
    private StaffMember to;

    @Column(name = "reason", nullable = false, updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "reassigned_by", nullable = false, updatable = false, length = 64)
    private String reassignedBy;

    @Column(name = "reassigned_at", nullable = false, updatable = false)
    private Instant reassignedAt;

    protected Reassignment() {
        // for JPA
    }

    Reassignment(Customer customer, StaffMember from, StaffMember to, String reason, String by, Instant at) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.reason = Guard.text(reason, "reason", REASON_MAX);
        this.reassignedBy = Objects.requireNonNull(by, "by");
        this.reassignedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public StaffMember getFrom() {
        return from;
    }

    public StaffMember getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public String getReassignedBy() {
        return reassignedBy;
    }

    public Instant getReassignedAt() {
        return reassignedAt;
    }
}
