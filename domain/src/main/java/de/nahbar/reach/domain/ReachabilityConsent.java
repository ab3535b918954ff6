package de.nahbar.reach.domain;

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

import de.nahbar.staff.domain.StaffMember;

/**
 * What a caseworker agreed to publish, and when (append-only): staff numbers are published only
 * with the employee's consent, and this record shows that consent was given, or withdrawn.
 */
@Entity
@Table(name = "reachability_consent")
public class ReachabilityConsent {

    @Id
    @SequenceGenerator(
            name = "reachability_consent_seq",
            sequenceName = "reachability_consent_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reachability_consent_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_member_id", nullable = false, updatable = false)
    private StaffMember caseworker;

    /** The direct dial consented to, or null: not published. */
    @Column(name = "direct_dial", updatable = false, length = 20)
    private String directDial;

    @Column(name = "email", nullable = false, updatable = false)
    private boolean email;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ReachabilityConsent() {
        // for JPA
    }

    ReachabilityConsent(StaffMember caseworker, String directDial, boolean email, String decidedBy, Instant decidedAt) {
        this.caseworker = Objects.requireNonNull(caseworker, "caseworker");
        this.directDial = directDial;
        this.email = email;
        this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
        this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
    }

    public String getDirectDial() {
        return directDial;
    }

    public boolean isEmail() {
        return email;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
