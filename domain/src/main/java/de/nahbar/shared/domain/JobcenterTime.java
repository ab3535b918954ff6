package de.nahbar.shared.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Jobcenter days begin and end in German time, whatever the server's zone: due dates, deputy
 * periods, "today" and date filters all count in Europe/Berlin.
 */
public final class JobcenterTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private JobcenterTime() {}

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The Jobcenter day on which the instant falls. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The instant the given Jobcenter day begins. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /**
     * The day {@code workingDays} working days (Monday to Friday) after {@code day}. Public
     * holidays differ by Land and are not counted out; a deadline then ends a day later in effect
     * only if the coordinator extends it.
     */
    public static LocalDate workingDaysAfter(LocalDate day, int workingDays) {
        LocalDate result = day;
        int left = workingDays;
        while (left > 0) {
            result = result.plusDays(1);
            if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return result;
    }
}
