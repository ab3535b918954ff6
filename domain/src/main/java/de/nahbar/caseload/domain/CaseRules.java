package de.nahbar.caseload.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Guards shared by the case entities: texts and date ranges as the forms enforce them. */
final class CaseRules {

    private CaseRules() {
    }

    static String text(String value, String what, int max) {
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

    static String optionalText(String value, String what, int max) {
        return value == null || value.isBlank() ? null : text(value, what, max);
    }

    static void ordered(LocalDate from, LocalDate to, String what) {
        Objects.requireNonNull(from, what + " from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(what + ": end before start");
        }
    }
}
