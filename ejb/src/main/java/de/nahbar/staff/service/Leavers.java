package de.nahbar.staff.service;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import de.nahbar.staff.domain.StaffEvent;
import de.nahbar.staff.domain.StaffMember;

/**
 * Deactivating a leaver's login, whoever decides it (an administrator, or the directory that no
 * longer knows the account): the contexts above are asked first (their customers, their deputy
 * periods), open role requests end, the login and its sessions end, the record stays.
 */
final class Leavers {

    private static final Logger SECURITY = Logger.getLogger("de.nahbar.security");

    private Leavers() {}

    static void deactivate(
            EntityManager em,
            Event<LoginDeactivating> deactivating,
            StaffMember member,
            String by,
            boolean customersToQueue) {
        deactivating.fire(new LoginDeactivating(member.getId(), member.getUsername(), by, customersToQueue));
        Instant now = Instant.now();
        GrantSteps.pendingFor(em, member).forEach(g -> GrantSteps.withdraw(em, g, by, now));
        member.deactivate();
        em.persist(new StaffEvent(member.getUsername(), StaffEvent.Kind.DEACTIVATED, now, by));
        SECURITY.info(() -> "Anmeldung deaktiviert: " + member.getUsername() + " by " + by);
    }
}
