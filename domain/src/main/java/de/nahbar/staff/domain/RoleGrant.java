package de.nahbar.staff.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

import de.nahbar.shared.domain.Guard;

/**
 * A role asked for a login, which takes effect only when a second person confirms it
 * (separation of duties): never the one who asked, never the one who gets it. Any role may be
 * confirmed by another administrator; caseworker and measure coordinator also by the lead of the
 * login's team, who knows whether the person works there. Without this an administrator could
 * make herself a team lead under another name and read the team's cases.
 */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

    public enum Status {
        PENDING,
        CONFIRMED,
        REFUSED,
        WITHDRAWN
    }

    /** Why someone may not decide on a grant; the web layer words each in German. */
    public enum Refusal {
        /** the one who asked for it */
        OWN_REQUEST,
        /** the one who would get it */
        OWN_GRANT,
        /** neither an administrator nor, for this role, the lead of the login's team */
        NOT_ENTITLED,
        /** decided already */
        DECIDED,
        /** the login is a directory account: its roles are its directory groups' */
        FROM_DIRECTORY
    }

    /** The roles a team's lead confirms for the team's own members. */
    public static final Set<Role> CONFIRMED_BY_TEAM_LEAD = EnumSet.of(Role.CASEWORKER, Role.MEASURE_COORDINATOR);

    @Id
    @SequenceGenerator(name = "role_grant_seq", sequenceName = "role_grant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_grant_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_member_id", nullable = false, updatable = false)
    private StaffMember member;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, updatable = false, length = 32)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status = Status.PENDING;

    @Column(name = "requested_by", nullable = false, updatable = false, length = StaffMember.USERNAME_MAX)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = StaffMember.USERNAME_MAX)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected RoleGrant() {
        // for JPA
    }

    public RoleGrant(StaffMember member, Role role, String requestedBy, Instant requestedAt) {
        this.member = Objects.requireNonNull(member, "member");
        this.role = Objects.requireNonNull(role, "role");
        this.requestedBy = Guard.text(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        if (!member.isActive()) {
            throw new IllegalStateException("roles are asked for active logins only: " + member.getUsername());
        }
    }

    /**
     * Why {@code decider} (with her roles and team) may not confirm or refuse this grant, or empty
     * when she may.
     */
    public Optional<Refusal> whyNotDecidedBy(String decider, Set<Role> deciderRoles, Long deciderTeamId) {
        if (status != Status.PENDING) {
            return Optional.of(Refusal.DECIDED);
        }
        if (requestedBy.equals(decider)) {
            return Optional.of(Refusal.OWN_REQUEST);
        }
        if (member.getUsername().equals(decider)) {
            return Optional.of(Refusal.OWN_GRANT);
        }
        if (deciderRoles.contains(Role.ADMIN)) {
            return Optional.empty();
        }
        boolean leadOfTheTeam = deciderRoles.contains(Role.TEAM_LEAD)
                && deciderTeamId != null
                && member.getTeam() != null
                && deciderTeamId.equals(member.getTeam().getId());
        return leadOfTheTeam && CONFIRMED_BY_TEAM_LEAD.contains(role)
                ? Optional.empty()
                : Optional.of(Refusal.NOT_ENTITLED);
    }

    /** The second person says yes: the login holds the role from now on. */
    public void confirm(String by, Set<Role> byRoles, Long byTeamId, Instant at) {
        decide(by, byRoles, byTeamId, at, Status.CONFIRMED);
        member.grant(role);
    }

    public void refuse(String by, Set<Role> byRoles, Long byTeamId, Instant at) {
        decide(by, byRoles, byTeamId, at, Status.REFUSED);
    }

    /** The one who asked takes it back (or an administrator does, e.g. for a login deactivated). */
    public void withdraw(String by, Instant at) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("grant " + id + " is " + status);
        }
        status = Status.WITHDRAWN;
        decidedBy = Guard.text(by, "by");
        decidedAt = at;
    }

    private void decide(String by, Set<Role> byRoles, Long byTeamId, Instant at, Status outcome) {
        whyNotDecidedBy(by, byRoles, byTeamId).ifPresent(refusal -> {
            throw new GrantRefusedException(refusal);
        });
        status = outcome;
        decidedBy = by;
        decidedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public StaffMember getMember() {
        return member;
    }

    public Role getRole() {
        return role;
    }

    public Status getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }

    /** A decision the decider may not take; carries why. */
    public static class GrantRefusedException extends IllegalStateException {

        private final transient Refusal refusal;

        public GrantRefusedException(Refusal refusal) {
            super("grant refused: " + refusal);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }
}
