package de.nahbar.staff.service;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import de.nahbar.shared.service.Like;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;

/** The administrators' view of users, teams and roles. Shows no case content. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class StaffAdministration {

    private static final String MATCHING = " from StaffMember m left join m.team t"
            + " where (:q is null or lower(m.lastName) like :q escape '\\'"
            + " or lower(m.firstName) like :q escape '\\' or lower(m.username) like :q escape '\\'"
            + " or lower(t.name) like :q escape '\\')";

    @PersistenceContext
    private EntityManager em;

    public long count(String search) {
        return em.createQuery("select count(m)" + MATCHING, Long.class)
                .setParameter("q", Like.containing(search))
                .getSingleResult();
    }

    /** A page of staff, by last and first name; roles come in one batch query for the page. */
    public List<StaffRow> list(String search, @Min(0) int offset, @Min(1) @Max(500) int limit) {
        TypedQuery<StaffMember> query = em.createQuery(
                "select m" + MATCHING + " order by m.lastName, m.firstName, m.id", StaffMember.class);
        return query.setParameter("q", Like.containing(search))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(StaffRow::of)
                .toList();
    }
}
