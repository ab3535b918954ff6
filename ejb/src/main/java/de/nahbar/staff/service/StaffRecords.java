package de.nahbar.staff.service;

import jakarta.persistence.EntityManager;

import de.nahbar.staff.domain.StaffMember;

/** Loading a login by id for the administrators' services. */
final class StaffRecords {

    private StaffRecords() {}

    static StaffMember member(EntityManager em, long id) {
        StaffMember member = em.find(StaffMember.class, id);
        if (member == null) {
            throw new IllegalArgumentException("no staff member " + id);
        }
        return member;
    }
}
