package de.nahbar.staff.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;

/**
 * One member of staff in a list; {@code waitsUntil} is set while logins from clients the person's
 * login does not trust must wait (see {@code LoginThrottle}).
 */
public record StaffRow(
        long id,
        String username,
        String displayName,
        String teamName,
        String email,
        List<Role> roles,
        boolean active,
        Instant waitsUntil)
        implements Serializable {

    static StaffRow of(StaffMember member, Map<String, Instant> waits) {
        return new StaffRow(
                member.getId(),
                member.getUsername(),
                member.getDisplayName(),
                member.getTeam() == null ? null : member.getTeam().getName(),
                member.getEmail(),
                member.getRoles().stream().sorted().toList(),
                member.isActive(),
                waits.get(member.getUsername()));
    }

    public boolean held() {
        return waitsUntil != null;
    }
}
