package de.nahbar.staff.service;

import java.security.SecureRandom;

import de.nahbar.staff.domain.PasswordRule;
import de.nahbar.staff.domain.StaffMember;

/**
 * Start passwords: four groups of four characters from an alphabet without look-alikes (no 0/o,
 * 1/l/i), about 78 bits, easy to read out and type once; the login replaces it at once.
 */
final class StartPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private StartPasswords() {}

    static String newFor(StaffMember member) {
        while (true) {
            StringBuilder password = new StringBuilder(19);
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String candidate = password.toString();
            if (PasswordRule.check(candidate, member.getUsername(), member.getFirstName(), member.getLastName())
                    .isEmpty()) {
                return candidate;
            }
        }
    }
}
