package de.nahbar.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.staff.domain.AssignmentRule;
import de.nahbar.staff.domain.Responsibility;

/**
 * The responsibility rules in force, read once as plain values for a file or a nightly check of
 * the whole Jobcenter. No EJB of its own: whoever asks (an administrator's import, the timer)
 * has been checked by the EJB it calls from.
 */
@ApplicationScoped
public class ResponsibilityRules {

    @PersistenceContext
    private EntityManager em;

    /** The rules not ended, with each caseworker's team and roles as they are now, in one statement. */
    public Responsibility current() {
        return new Responsibility(em.createQuery(
                        "select distinct r from AssignmentRule r left join fetch r.team"
                                + " left join fetch r.caseworker c left join fetch c.team left join fetch c.roles"
                                + " where r.endedAt is null",
                        AssignmentRule.class)
                .getResultStream()
                .map(AssignmentRule::terms)
                .toList());
    }
}
