package de.nahbar.audit.service;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * What the auditor searches the access log for; every part is optional.
 *
 * @param actor   login name of the person who accessed, exact
 * @param caseRef customer number, exact
 * @param from    first day, inclusive (Europe/Berlin)
 * @param to      last day, inclusive (Europe/Berlin)
 */
public record AccessLogFilter(
        @Size(max = 64) String actor, @Size(max = 20) String caseRef, LocalDate from, LocalDate to)
        implements Serializable {

    public static AccessLogFilter none() {
        return new AccessLogFilter(null, null, null, null);
    }
}
