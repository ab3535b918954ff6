package de.nahbar.audit.service;

import java.io.Serializable;
import java.time.Instant;

/** One access-log entry in a list. */
public record AccessLogRow(long id, Instant occurredAt, String actor, String caseRef, String purpose, String reason)
        implements Serializable {}
