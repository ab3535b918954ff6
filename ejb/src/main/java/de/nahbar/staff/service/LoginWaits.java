package de.nahbar.staff.service;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import de.nahbar.staff.domain.LoginThrottle;
import de.nahbar.staff.domain.StaffEvent;

/**
 * The waits of logins ({@link LoginThrottle}) as the people who may end them see them: the
 * administrators for everyone, a team lead for the team. Called by those services only, which
 * check who calls.
 */
final class LoginWaits {

    private static final Logger SECURITY = Logger.getLogger("de.nahbar.security");

    private LoginWaits() {}

    /** Until when each of these logins must wait somewhere (from a client, or from all it does not trust), in one statement. */
    static Map<String, Instant> of(EntityManager em, Collection<String> usernames, Instant now) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select t.username, max(t.waitUntil) from LoginThrottle t where t.kind <> :address"
                                + " and t.username in :usernames and t.waitUntil > :now group by t.username",
                        Object[].class)
                .setParameter("address", LoginThrottle.Kind.ADDRESS)
                .setParameter("usernames", usernames)
                .setParameter("now", now)
                .getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Instant) r[1]));
    }

    /** Ends every wait of this login at once (its clients' and the untrusted ones'); address counts stay. */
    static void release(EntityManager em, String username, String by) {
        int ended = em.createQuery("delete from LoginThrottle t where t.username = :username and t.kind <> :address")
                .setParameter("username", LoginThrottle.key(username))
                .setParameter("address", LoginThrottle.Kind.ADDRESS)
                .executeUpdate();
        em.persist(new StaffEvent(username, StaffEvent.Kind.RELEASED, Instant.now(), by));
        SECURITY.warning(() -> "Anmeldung freigegeben: " + username + " by " + by + " (" + ended + " Zähler)");
    }
}
