package de.nahbar.measure.domain;

import java.time.Instant;
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
import jakarta.persistence.Version;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.shared.domain.Guard;

/**
 * A customer's way through one entry date of a measure: waiting list, reservation, allocation,
 * participation and its end. It exists only on standing consent; every change of status is
 * recorded as a {@link PlacementEvent}, so the history is never overwritten.
 */
@Entity
@Table(name = "placement")
public class Placement {

    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "placement_seq", sequenceName = "placement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, updatable = false)
    private Measure measure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_date_id", nullable = false, updatable = false)
    private EntryDate entryDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private Proposal proposal;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PlacementStatus status;

    /** For a reservation: when it lapses unless the coordinator confirms it. */
    @Column(name = "hold_until")
    private Instant holdUntil;

    /** For the waiting list: its order. */
    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Version
    private long version;

    protected Placement() {
        // for JPA
    }

    private Placement(
            Proposal proposal, EntryDate entryDate, PlacementStatus status, Instant holdUntil, String by, Instant at) {
        if (!Objects.requireNonNull(proposal, "proposal").hasConsent()) {
            throw new IllegalStateException("no placement without standing consent");
        }
        Measure consented = proposal.getMeasure();
        if (consented != entryDate.getMeasure()
                && (consented.getId() == null
                        || !consented.getId().equals(entryDate.getMeasure().getId()))) {
            throw new IllegalArgumentException("the entry date belongs to another measure than the consent");
        }
        if (!entryDate.getMeasure().acceptsReservations()) {
            throw new IllegalStateException("measure " + entryDate.getMeasure().getNumber() + " has ended");
        }
        this.proposal = proposal;
        this.customer = proposal.getCustomer();
        this.measure = proposal.getMeasure();
        this.entryDate = entryDate;
        this.status = status;
        this.holdUntil = holdUntil;
        this.queuedAt = Objects.requireNonNull(at, "at");
        this.changedAt = at;
        this.createdBy = Objects.requireNonNull(by, "by");
    }

    /** A reservation, for a place the service has already counted as taken in the database. */
    public static Placement reserve(Proposal proposal, EntryDate entryDate, Instant holdUntil, String by, Instant at) {
        return new Placement(
                proposal, entryDate, PlacementStatus.RESERVED, Objects.requireNonNull(holdUntil, "holdUntil"), by, at);
    }

    /** A place on the waiting list of the entry date. */
    public static Placement queue(Proposal proposal, EntryDate entryDate, String by, Instant at) {
        return new Placement(proposal, entryDate, PlacementStatus.WAITING, null, by, at);
    }

    /**
     * Moves to the next status, if the way allows it; returns the history entry. Ending it as sent
     * back or dropped out needs a reason. Whether a place is freed or taken is the service's
     * work in the database: compare {@link PlacementStatus#holdsPlace()} before and after.
     */
    public PlacementEvent changeTo(PlacementStatus next, String reason, String by, Instant at) {
        Objects.requireNonNull(next, "next");
        if (!status.next().contains(next)) {
            throw new IllegalStateException("placement " + id + " cannot go from " + status + " to " + next);
        }
        String why = Guard.optionalText(reason, "reason", REASON_MAX);
        if (next.needsReason() && why == null) {
            throw new IllegalArgumentException(next + " needs a reason");
        }
        if (next == PlacementStatus.RESERVED && holdUntil == null) {
            throw new IllegalStateException("a reservation from the waiting list needs its deadline: use offer()");
        }
        this.status = next;
        this.statusReason = why;
        this.changedAt = Objects.requireNonNull(at, "at");
        if (next != PlacementStatus.RESERVED) {
            this.holdUntil = null;
        }
        return new PlacementEvent(this, next, why, by, at);
    }

    /** The waiting list's turn: a freed place is held for this customer until the deadline. */
    public PlacementEvent offer(Instant newHoldUntil, String by, Instant at) {
        if (status != PlacementStatus.WAITING) {
            throw new IllegalStateException("placement " + id + " is not on the waiting list");
        }
        this.holdUntil = Objects.requireNonNull(newHoldUntil, "holdUntil");
        return changeTo(PlacementStatus.RESERVED, null, by, at);
    }

    /** Whether a reservation's deadline has passed. */
    public boolean hasLapsed(Instant now) {
        return status == PlacementStatus.RESERVED && holdUntil != null && holdUntil.isBefore(now);
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Measure getMeasure() {
        return measure;
    }

    public EntryDate getEntryDate() {
        return entryDate;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public PlacementStatus getStatus() {
        return status;
    }

    public Instant getHoldUntil() {
        return holdUntil;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public long getVersion() {
        return version;
    }
}
