package de.nahbar.staff.service;

import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;

import de.nahbar.staff.domain.StaffMember;

/** The staff record of whoever calls an EJB; shared by the staff services. */
public final class Caller {

    private Caller() {}

    public static StaffMember of(EJBContext context, EntityManager em) {
        return em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", context.getCallerPrincipal().getName())
                .getSingleResult();
    }
}
