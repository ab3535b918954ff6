package de.nahbar.staff.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.AUDITOR;
import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.staff.domain.StaffMember;

/** The logged-in member of staff. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN, AUDITOR})
public class CurrentStaffService {

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    public StaffProfile profile() {
        StaffMember me = Caller.of(context, em);
        return new StaffProfile(me.getUsername(), me.getDisplayName(),
                me.getTeam() == null ? null : me.getTeam().getName(), me.getRoles());
    }
}
