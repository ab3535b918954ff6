package de.nahbar.staff.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import de.nahbar.shared.domain.Guard;

/** Something that happened to a login, written once and never changed: the administrators' record. */
@Entity
@Table(name = "staff_event")
public class StaffEvent {

    public enum Kind {
        /** locked after too many wrong passwords (the lockout before nahbar throttled instead; kept for old entries) */
        LOCKED,
        /** an administrator lifted a lock (kept for old entries) */
        UNLOCKED,
        /** an administrator created the login */
        CREATED,
        /** attempts from clients the login does not trust must wait (actor: none, the policy; see LoginThrottle) */
        THROTTLED,
        /** someone ended the login's waits at once (actor: who) */
        RELEASED,
        /** someone asked for a role for the login (actor: who; role) */
        GRANT_REQUESTED,
        /** a second person confirmed the role (actor: who asked; confirmed by: who confirmed) */
        GRANTED,
        /** a second person refused the role (actor: who asked; confirmed by: who refused) */
        GRANT_REFUSED,
        /** the one who asked took the request back (actor: who) */
        GRANT_WITHDRAWN,
        /** a role was taken away (actor: who) */
        REVOKED,
        /** the login was deactivated, its roles taken away (actor: who) */
        DEACTIVATED,
        /** the login was activated again, without roles (actor: who) */
        REACTIVATED,
        /** a start password was made and handed over (actor: the one it was shown to) */
        START_PASSWORD,
        /** the login chose a new password (actor: the login itself) */
        PASSWORD_CHANGED
    }

    @Id
    @SequenceGenerator(name = "staff_event_seq", sequenceName = "staff_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_event_seq")
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = StaffMember.USERNAME_MAX)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private Kind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", updatable = false, length = StaffMember.USERNAME_MAX)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", updatable = false, length = 32)
    private Role role;

    @Column(name = "confirmed_by", updatable = false, length = StaffMember.USERNAME_MAX)
    private String confirmedBy;

    protected StaffEvent() {
        // for JPA
    }

    public StaffEvent(String username, Kind kind, Instant occurredAt, String actor) {
        this(username, kind, occurredAt, actor, null, null);
    }

    /** An event about a role: asked for, confirmed or refused by a second person, taken away. */
    public StaffEvent(String username, Kind kind, Instant occurredAt, String actor, Role role, String confirmedBy) {
        this.username = Guard.text(username, "username");
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.role = role;
        this.confirmedBy = confirmedBy;
    }

    public String getUsername() {
        return username;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Role getRole() {
        return role;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
