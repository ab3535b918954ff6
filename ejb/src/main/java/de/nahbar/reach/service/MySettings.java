package de.nahbar.reach.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A caseworker's reachability as they decided it, with the record of their consents and the
 * absences during which callers are pointed to the deputy.
 */
public record MySettings(
        String directDial,
        boolean publishPhone,
        boolean publishEmail,
        String phoneHours,
        long version,
        String staffEmail,
        List<Consent> consents,
        List<Absence> absences)
        implements Serializable {

    public MySettings {
        consents = List.copyOf(consents);
        absences = List.copyOf(absences);
    }

    /** What was published from this moment on; a null direct dial and false e-mail: nothing. */
    public record Consent(Instant decidedAt, String directDial, boolean email) implements Serializable {}

    /** A coming or current absence and who deputises. */
    public record Absence(LocalDate from, LocalDate to, String deputy) implements Serializable {}
}
