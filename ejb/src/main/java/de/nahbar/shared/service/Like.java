package de.nahbar.shared.service;

import java.util.Locale;

/** Builds LIKE patterns from user input; use with {@code escape '\'} in the query. */
public final class Like {

    private Like() {}

    /** "%text%" in lower case, with the user's % and _ taken literally; null for no filter. */
    public static String containing(String userInput) {
        return userInput == null || userInput.isBlank()
                ? null
                : "%" + escape(userInput.strip().toLowerCase(Locale.GERMAN)) + "%";
    }

    /** "TEXT%" in upper case (customer numbers), with % and _ taken literally; null for no filter. */
    public static String startingWith(String userInput) {
        return userInput == null || userInput.isBlank()
                ? null
                : escape(userInput.strip().toUpperCase(Locale.GERMAN)) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
