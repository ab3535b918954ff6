package de.nahbar.shared.domain;

import java.util.regex.Pattern;

/**
 * An e-mail address as far as nahbar can judge it without sending: one @, a dot in the domain,
 * no spaces or angle brackets. Whether it reaches someone only a mail can tell.
 */
public final class EmailAddress {

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");

    private EmailAddress() {}

    public static boolean isPlausible(String address) {
        return address != null && PLAUSIBLE.matcher(address).matches();
    }
}
