package de.nahbar.shared.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.domain.PhoneNumber;

/** Dates and times in the session's language, in German time (24.12.2026, 24.12.2026, 09:30). */
@Named
@RequestScoped
public class Formats implements Serializable {

    @Inject
    private LocaleSelection localeSelection;

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(localeSelection.getLocale())
                        .format(date);
    }

    /** The Jobcenter's day of an instant, as {@link #date} writes it. */
    public String day(Instant instant) {
        return instant == null ? "" : date(instant.atZone(JobcenterTime.ZONE).toLocalDate());
    }

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(localeSelection.getLocale())
                        .withZone(JobcenterTime.ZONE)
                        .format(instant);
    }

    /** The last Jobcenter day before an instant: a deadline at the start of a day ends the day before. */
    public String lastDayBefore(Instant instant) {
        return instant == null
                ? ""
                : date(instant.minusNanos(1).atZone(JobcenterTime.ZONE).toLocalDate());
    }

    /** A wall-clock time of the Jobcenter (appointments), as the reader's locale writes it. */
    public String localDateTime(LocalDateTime dateTime) {
        return dateTime == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(localeSelection.getLocale())
                        .format(dateTime);
    }

    /** A canonical phone number as dialled within Germany. */
    public String phone(String canonical) {
        return PhoneNumber.national(canonical);
    }

    /** A share or average with one decimal in the reader's locale; a dash when there was nothing to divide. */
    public String decimal(Double value) {
        return value == null ? "–" : String.format(localeSelection.getLocale(), "%.1f", value);
    }

    public LocalDate today() {
        return JobcenterTime.today();
    }

    /** The earliest moment of today, for pickers of date and time: their limits must carry a time, too. */
    public LocalDateTime startOfToday() {
        return JobcenterTime.today().atStartOfDay();
    }
}
