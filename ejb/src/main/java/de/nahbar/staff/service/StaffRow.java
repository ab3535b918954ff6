package de.nahbar.staff.service;

import java.util.List;

import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;

/** One member of staff in a list. */
public record StaffRow(long id, String username, String displayName, String teamName, String email,
        List<Role> roles, boolean active) implements java.io.Serializable {

    static StaffRow of(StaffMember member) {
        return new StaffRow(member.getId(), member.getUsername(), member.getDisplayName(),
                member.getTeam() == null ? null : member.getTeam().getName(), member.getEmail(),
                member.getRoles().stream().sorted().toList(), member.isActive());
    }
}
