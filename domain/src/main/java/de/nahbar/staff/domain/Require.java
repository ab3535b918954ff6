package de.nahbar.staff.domain;

import java.util.Objects;

/** Constructor guards shared by the staff entities. */
final class Require {

    private Require() {}

    /** The value, stripped; refuses null and blank text. */
    static String text(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }
}
