package de.nahbar.shared.domain;

import java.util.regex.Pattern;

/** A German postal code as every letter carries it: five digits. Refusals name the field "postalCode". */
public final class PostalCode {

    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

    private PostalCode() {}

    /** The code, stripped; refuses a missing or malformed one. */
    public static String required(String value) {
        String code = value == null ? "" : value.strip();
        if (!FIVE_DIGITS.matcher(code).matches()) {
            throw new RuleBroken("postalCode", "organisation.postalCode");
        }
        return code;
    }

    /** Null for a blank code, otherwise as {@link #required}. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : required(value);
    }
}
