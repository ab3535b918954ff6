package de.nahbar.staff.domain;

import java.util.EnumSet;
import java.util.Set;

import de.nahbar.shared.domain.Guard;

/**
 * What the directory says about a person at a login: names, e-mail, the name of the team (as the
 * directory spells it, matched against nahbar's teams), the roles its groups give and whether the
 * account is disabled. Missing names fall back to the account name, so that a sparse directory
 * entry still makes a record.
 */
public record DirectoryAccount(
        String username,
        String firstName,
        String lastName,
        String email,
        String teamName,
        Set<Role> roles,
        boolean disabled) {

    /** Active Directory's userAccountControl flag of a disabled account (ACCOUNTDISABLE). */
    private static final int ACCOUNT_DISABLED = 0x2;

    public DirectoryAccount {
        username = Guard.text(username, "username");
        firstName = orElse(firstName, username);
        lastName = orElse(lastName, username);
        email = email == null || email.isBlank() ? null : email.strip();
        teamName = teamName == null || teamName.isBlank() ? null : teamName.strip();
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Whether Active Directory's userAccountControl value marks the account disabled (absent: not). */
    public static boolean disabledBy(String userAccountControl) {
        if (userAccountControl == null || userAccountControl.isBlank()) {
            return false;
        }
        try {
            return (Long.parseLong(userAccountControl.strip()) & ACCOUNT_DISABLED) != 0;
        } catch (NumberFormatException unreadable) {
            return true; // fail closed: a value nobody can read grants nothing
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
