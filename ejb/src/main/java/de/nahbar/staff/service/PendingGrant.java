package de.nahbar.staff.service;

import java.io.Serializable;
import java.time.Instant;

import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.RoleGrant;

/** A role asked for and not yet decided, as the one who may decide it sees it. */
public record PendingGrant(
        long id,
        long version,
        String username,
        String displayName,
        String teamName,
        Role role,
        String requestedBy,
        Instant requestedAt)
        implements Serializable {

    static PendingGrant of(RoleGrant grant) {
        return new PendingGrant(
                grant.getId(),
                grant.getVersion(),
                grant.getMember().getUsername(),
                grant.getMember().getDisplayName(),
                grant.getMember().getTeam() == null
                        ? null
                        : grant.getMember().getTeam().getName(),
                grant.getRole(),
                grant.getRequestedBy(),
                grant.getRequestedAt());
    }
}
