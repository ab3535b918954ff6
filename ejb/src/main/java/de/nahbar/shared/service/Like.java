package de.nahbar.shared.service;

import java.util.Locale;

/** Builds LIKE patterns from user input; use with {@code escape '\'} in the query. */
public final class Like {

    private Like() {
    }

    /** "%text%" in lower case, with the user's % and _ taken literally; null for no filter. */
    public static String containing(String userInput) {
        if (userInput == null || userInput.isBlank()) {
            return null;
        }
        String escaped = userInput.strip().toLowerCase(Locale.GERMAN)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
