package de.nahbar.shared.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * German phone numbers in one canonical form ({@code +493451234567}), however they were typed:
 * {@code +49 345 1234-567}, {@code 0049 345/1234567}, {@code (0345) 12 34 567}. Lookups compare
 * canonical forms, so a caller's number from the telephone system finds the customer whatever
 * the caseworker once typed into the case file.
 */
public final class PhoneNumber {

    /** Country code assumed for numbers dialled nationally (leading single 0). */
    static final String GERMANY = "+49";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s/()\\-.]");
    private static final Pattern CANONICAL = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private PhoneNumber() {}

    /** The canonical form, or empty if this is no dialable number (letters, too short, no area code). */
    public static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = withoutTrunkZero(SEPARATORS.matcher(typed.strip()).replaceAll(""));
        String international;
        if (compact.startsWith("+")) {
            international = compact;
        } else if (compact.startsWith("00")) {
            international = "+" + compact.substring(2);
        } else if (compact.startsWith("0")) {
            international = GERMANY + compact.substring(1);
        } else {
            return Optional.empty();
        }
        return CANONICAL.matcher(international).matches() ? Optional.of(international) : Optional.empty();
    }

    /**
     * "+49 (0) 151 …": the national trunk 0 some people write after the country code is not
     * dialled from abroad, so it is not part of the number.
     */
    private static String withoutTrunkZero(String compact) {
        if (compact.startsWith("+490")) {
            return "+49" + compact.substring(4);
        }
        if (compact.startsWith("00490")) {
            return "0049" + compact.substring(5);
        }
        return compact;
    }

    public static boolean isValid(String typed) {
        return canonical(typed).isPresent();
    }

    /** The canonical form; refuses what is no dialable number. */
    public static String require(String typed) {
        return canonical(typed).orElseThrow(() -> new IllegalArgumentException("invalid phone number: " + typed));
    }

    /** How a German reader dials a canonical number from within Germany: {@code +491512345678} → {@code 0151 2345678}, {@code +493451234567} → {@code 03451234567}. */
    public static String national(String canonical) {
        if (canonical == null || !canonical.startsWith(GERMANY)) {
            return canonical;
        }
        String digits = "0" + canonical.substring(GERMANY.length());
        // mobile prefixes (015x, 016x, 017x) have four digits; landline area codes have two to five,
        // which only the Bundesnetzagentur's list tells apart, so those stay unsplit
        return digits.matches("01[567]\\d{7,}") ? digits.substring(0, 4) + " " + digits.substring(4) : digits;
    }

    /**
     * The digits a partly typed number shares with every canonical form of it, for a search by
     * "contains": {@code 0345 123} and {@code +49 345 123} both give {@code 345123}; empty when
     * fewer than four digits were typed or the text is not a number at all.
     */
    public static Optional<String> searchDigits(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = withoutTrunkZero(SEPARATORS.matcher(typed.strip()).replaceAll(""));
        if (!compact.matches("\\+?[0-9]{4,16}")) {
            return Optional.empty();
        }
        String digits;
        if (compact.startsWith("+49")) {
            digits = compact.substring(3);
        } else if (compact.startsWith("0049")) {
            digits = compact.substring(4);
        } else if (compact.startsWith("+")) {
            digits = compact.substring(1);
        } else if (compact.startsWith("0")) {
            digits = compact.substring(1);
        } else {
            digits = compact;
        }
        return digits.length() >= 4 ? Optional.of(digits) : Optional.empty();
    }
}
