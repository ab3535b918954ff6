package de.nahbar.reach.service;

import jakarta.persistence.EntityManager;

import de.nahbar.reach.domain.ReachabilitySettings;
import de.nahbar.staff.domain.StaffMember;

/** Lookups the reachability services share: the caller as staff member, and their settings. */
final class Reachable {

    private Reachable() {
    }

    static StaffMember staff(EntityManager em, String username) {
        return em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", username).getSingleResult();
    }

    /** The settings of this caseworker; {@code create}: made (all off) when there are none yet. */
    static ReachabilitySettings settingsOf(EntityManager em, StaffMember caseworker, boolean create) {
        ReachabilitySettings settings = em.createQuery("select s from ReachabilitySettings s where s.caseworker = :cw",
                        ReachabilitySettings.class)
                .setParameter("cw", caseworker).getResultStream().findFirst().orElse(null);
        if (settings == null && create) {
            settings = new ReachabilitySettings(caseworker);
            em.persist(settings);
        }
        return settings;
    }
}
