package de.nahbar.staff.service;

import jakarta.persistence.EntityManager;

import de.nahbar.staff.domain.StaffMember;

/** Loading a login by id, and whether a user name is taken, for the staff services. */
final class StaffRecords {

    private StaffRecords() {}

    static StaffMember member(EntityManager em, long id) {
        StaffMember member = em.find(StaffMember.class, id);
        if (member == null) {
            throw new IllegalArgumentException("no staff member " + id);
        }
        return member;
    }

    /** Whether a login with this user name exists, active or not, without loading it. */
    static boolean loginExists(EntityManager em, String username) {
        return !em.createNamedQuery(StaffMember.ID_BY_USERNAME, Long.class)
                .setParameter("username", username)
                .getResultList()
                .isEmpty();
    }
}
