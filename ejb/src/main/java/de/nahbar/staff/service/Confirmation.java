package de.nahbar.staff.service;

import java.io.Serializable;

import de.nahbar.staff.domain.Role;

/**
 * A grant confirmed. {@code startPassword} is set when the login had none: it is shown this once
 * to the one who confirmed, to hand over in person; nahbar keeps only its hash.
 */
public record Confirmation(String username, String displayName, Role role, String startPassword)
        implements Serializable {

    @Override
    public String toString() {
        return "Confirmation[" + username + ", " + role + "]"; // never the password
    }
}
