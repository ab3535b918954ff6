package de.nahbar.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Jobcenter days begin and end in German time, whatever the server's zone: due dates, deputy
 * periods, "today" and date filters all count in Europe/Berlin.
 */
public final class JobcenterTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private JobcenterTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The instant the given Jobcenter day begins. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
