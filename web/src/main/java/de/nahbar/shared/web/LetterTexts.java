package de.nahbar.shared.web;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import de.nahbar.shared.domain.JobcenterTime;

/**
 * Texts and formats of letters and dossiers: always German, whatever language the user reads
 * nahbar in, for they go to providers and the legal department.
 */
public final class LetterTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(
                    "dd.MM.yyyy, HH:mm 'Uhr'", Locale.GERMAN)
            .withZone(JobcenterTime.ZONE);

    private final ResourceBundle bundle = ResourceBundle.getBundle("de.nahbar.web.i18n.messages", Locale.GERMAN);

    public String text(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, Locale.GERMAN).format(arguments);
    }

    public String label(Enum<?> value) {
        return value == null ? "" : bundle.getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
