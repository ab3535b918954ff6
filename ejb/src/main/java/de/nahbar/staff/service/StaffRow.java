package de.nahbar.staff.service;

import java.time.Instant;
import java.util.List;

import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;

/** One member of staff in a list; {@code lockedUntil} is set while the login is locked. */
public record StaffRow(long id, String username, String displayName, String teamName, String email,
        List<Role> roles, boolean active, Instant lockedUntil) implements java.io.Serializable {

    static StaffRow of(StaffMember member, Instant now) {
        return new StaffRow(member.getId(), member.getUsername(), member.getDisplayName(),
                member.getTeam() == null ? null : member.getTeam().getName(), member.getEmail(),
                member.getRoles().stream().sorted().toList(), member.isActive(),
                member.getLoginFailures().isLockedAt(now) ? member.getLoginFailures().getLockedUntil() : null);
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
