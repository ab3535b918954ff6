package de.nahbar.staff.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffEvent;

/** One login as the administrators see it: roles held, roles awaiting a second person, what happened to it. */
public record MemberDetail(
        long id,
        long version,
        String username,
        String displayName,
        String teamName,
        String email,
        boolean active,
        boolean hasPassword,
        boolean directory,
        List<Role> roles,
        List<PendingGrant> pending,
        List<Event> events)
        implements Serializable {

    /** A staff event: who did what, and who confirmed it. */
    public record Event(Instant occurredAt, StaffEvent.Kind kind, Role role, String actor, String confirmedBy)
            implements Serializable {}
}
