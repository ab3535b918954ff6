package de.nahbar.staff.service;

import java.io.Serializable;
import java.util.Set;

import de.nahbar.staff.domain.Role;

/** Who is logged in, as the header and the navigation show it. */
public record StaffProfile(String username, String displayName, String teamName, Set<Role> roles)
        implements Serializable {

    public StaffProfile {
        roles = Set.copyOf(roles);
    }
}
