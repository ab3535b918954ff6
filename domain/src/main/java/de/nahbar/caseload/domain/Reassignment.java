package de.nahbar.caseload.domain;

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

import de.nahbar.shared.domain.Guard;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;

/**
 * A customer handed from one caseworker or team's queue to another, by whom, when, why and of
 * what kind; for an assignment by the responsibility rules, the rule that decided it. History,
 * never edited. From nobody is a customer's first assignment; to nobody, a team's queue.
 */
@Entity
@Table(name = "reassignment")
public class Reassignment {

    public static final int REASON_MAX = 500;

    /** Why the customer moved, for the lists that tell handovers apart. */
    public enum Kind {
        /** The first assignment, when the customer arrived (benefits file or registration). */
        ARRIVAL,
        /** A team lead handed the case to a colleague. */
        HANDOVER,
        /** The responsibility changed: turned 25, moved house, or the rules changed. */
        MOVE,
        /** Into the team's queue: no rule names a caseworker, or the caseworker left. */
        QUEUED,
        /** The team lead assigned the customer from the team's queue. */
        FROM_QUEUE,
        /** The closed case opened again. */
        REENTRY
    }

    @Id
    @SequenceGenerator(name = "reassignment_seq", sequenceName = "reassignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reassignment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_caseworker_id", updatable = false)
    private StaffMember from;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_team_id", updatable = false)
    private Team fromTeam;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_caseworker_id", updatable = false)
    private StaffMember to;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_team_id", updatable = false)
    private Team toTeam;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private Kind kind;

    /** The responsibility rule that decided the assignment; null for a person's decision. */
    @Column(name = "rule_id", updatable = false)
    private Long ruleId;

    @Column(name = "reason", nullable = false, updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "reassigned_by", nullable = false, updatable = false, length = 64)
    private String reassignedBy;

    @Column(name = "reassigned_at", nullable = false, updatable = false)
    private Instant reassignedAt;

    protected Reassignment() {
        // for JPA
    }

    @SuppressWarnings("java:S107") // one history row: every column is the caller's to give
    Reassignment(
            Customer customer,
            StaffMember from,
            Team fromTeam,
            StaffMember to,
            Team toTeam,
            Kind kind,
            String reason,
            Long ruleId,
            String by,
            Instant at) {
        this.customer = Objects.requireNonNull(customer, "customer");
        if (to == null && toTeam == null) {
            throw new IllegalArgumentException("to a caseworker or a team's queue");
        }
        this.from = from;
        this.fromTeam = fromTeam;
        this.to = to;
        this.toTeam = toTeam;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.ruleId = ruleId;
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

    public Team getFromTeam() {
        return fromTeam;
    }

    public Team getToTeam() {
        return toTeam;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getRuleId() {
        return ruleId;
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
