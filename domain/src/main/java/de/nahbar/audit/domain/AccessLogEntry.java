package de.nahbar.audit.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One access to a customer's case: who, when, which case, for what purpose and, where the
 * role requires it, the stated reason. Append-only: the entity has no setters and the
 * services never update or delete entries.
 */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    public static final int ACTOR_MAX = 64;
    public static final int CASE_REF_MAX = 20;
    public static final int PURPOSE_MAX = 64;
    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "access_log_seq", sequenceName = "access_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = ACTOR_MAX)
    private String actor;

    @Column(name = "case_ref", nullable = false, updatable = false, length = CASE_REF_MAX)
    private String caseRef;

    @Column(name = "purpose", nullable = false, updatable = false, length = PURPOSE_MAX)
    private String purpose;

    @Column(name = "reason", updatable = false, length = REASON_MAX)
    private String reason;

    protected AccessLogEntry() {
        // for JPA
    }

    public AccessLogEntry(Instant occurredAt, String actor, String caseRef, String purpose, String reason) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.caseRef = Objects.requireNonNull(caseRef, "caseRef");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getCaseRef() {
        return caseRef;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getReason() {
        return reason;
    }
}
