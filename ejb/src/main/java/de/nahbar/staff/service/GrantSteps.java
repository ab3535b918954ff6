package de.nahbar.staff.service;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;

import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.RoleGrant;
import de.nahbar.staff.domain.StaffEvent;
import de.nahbar.staff.domain.StaffMember;

/**
 * The steps of role grants that the administrators' services share, inside their transaction
 * and their access checks (a plain class, so no EJB proxy exposes them unchecked).
 */
final class GrantSteps {

    private static final Logger SECURITY = Logger.getLogger("de.nahbar.security");

    private GrantSteps() {}

    /** Asks for the role; it waits for a second person (RoleGrantService#confirm). */
    static void ask(EntityManager em, StaffMember member, Role role, String by, Instant now) {
        em.persist(new RoleGrant(member, role, by, now));
        em.persist(new StaffEvent(member.getUsername(), StaffEvent.Kind.GRANT_REQUESTED, now, by, role, null));
        SECURITY.info(() -> "Rolle beantragt: " + role + " for " + member.getUsername() + " by " + by);
    }

    static void withdraw(EntityManager em, RoleGrant grant, String by, Instant now) {
        grant.withdraw(by, now);
        em.persist(new StaffEvent(
                grant.getMember().getUsername(), StaffEvent.Kind.GRANT_WITHDRAWN, now, by, grant.getRole(), null));
    }

    /** The open requests for a login, oldest first. */
    static List<RoleGrant> pendingFor(EntityManager em, StaffMember member) {
        return em.createQuery(
                        "select g from RoleGrant g where g.member = :member and g.status = :pending order by g.id",
                        RoleGrant.class)
                .setParameter("member", member)
                .setParameter("pending", RoleGrant.Status.PENDING)
                .getResultList();
    }
}
