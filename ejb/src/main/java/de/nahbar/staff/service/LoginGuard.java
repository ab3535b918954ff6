package de.nahbar.staff.service;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import de.nahbar.staff.domain.LoginFailures;
import de.nahbar.staff.domain.StaffEvent;
import de.nahbar.staff.domain.StaffMember;

/**
 * Keeps the count of wrong passwords per login (see {@code LoginFailures}); the web layer reports
 * every login attempt that went through the form or the Basic login of the API. Open to callers
 * without a login: it is called exactly when nobody is logged in yet. It never tells whether a
 * login exists.
 */
@Stateless
@PermitAll
public class LoginGuard {

    private static final Logger SECURITY = Logger.getLogger("de.nahbar.security");

    @PersistenceContext
    private EntityManager em;

    /** A wrong password (or a locked or unknown login) was given for {@code username}. */
    public void failed(String username) {
        Instant now = Instant.now();
        for (StaffMember member : find(username)) {
            if (member.getLoginFailures().fail(now)) {
                em.persist(new StaffEvent(member.getUsername(), StaffEvent.Kind.LOCKED, now, null));
                SECURITY.warning(() -> "Anmeldung gesperrt: " + member.getUsername() + " after "
                        + LoginFailures.MAX_FAILURES + " wrong passwords, until "
                        + member.getLoginFailures().getLockedUntil());
            }
        }
    }

    /** {@code username} logged in: earlier wrong passwords no longer count. */
    public void succeeded(String username) {
        for (StaffMember member : find(username)) {
            if (!member.getLoginFailures().isClear()) {
                member.getLoginFailures().clear();
            }
        }
    }

    // locked for the update: parallel guesses at one login must each be counted
    private List<StaffMember> find(String username) {
        if (username == null || username.length() > StaffMember.USERNAME_MAX) {
            return List.of();
        }
        return em.createQuery("select m from StaffMember m where m.username = :username", StaffMember.class)
                .setParameter("username", username.strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }
}
