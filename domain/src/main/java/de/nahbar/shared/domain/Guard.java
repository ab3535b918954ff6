package de.nahbar.shared.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Constructor and method guards shared by the entities: texts and date ranges as the forms
 * enforce them. A refusal is an IllegalArgumentException, which the services turn into a
 * German message (DomainRules), so nothing is stored half.
 */
public final class Guard {

    private Guard() {}

    /** The text, stripped; refuses null and blank text (the column's length is the limit). */
    public static String text(String value, String what) {
        return text(value, what, Integer.MAX_VALUE);
    }

    /** The text, stripped; refuses null, blank and text longer than {@code max}. */
    public static String text(String value, String what, int max) {
        Objects.requireNonNull(value, what);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (stripped.length() > max) {
            throw new IllegalArgumentException(what + " longer than " + max);
        }
        return stripped;
    }

    /** Null for null or blank text, otherwise as {@link #text}. */
    public static String optionalText(String value, String what, int max) {
        return value == null || value.isBlank() ? null : text(value, what, max);
    }

    /** Refuses a period whose end lies before its start (a {@link RuleBroken} about "to"); an open end (null) is allowed. */
    public static void ordered(LocalDate from, LocalDate to, String what) {
        Objects.requireNonNull(from, what + " from");
        if (to != null && to.isBefore(from)) {
            throw new RuleBroken("to", "validation.toBeforeFrom");
        }
    }

    /** System-made text (a title from a measure's name, a notice's subject) cut to what its column holds. */
    public static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** A number of at least {@code min}. */
    public static int atLeast(int value, int min, String what) {
        if (value < min) {
            throw new IllegalArgumentException(what + " below " + min + ": " + value);
        }
        return value;
    }
}
