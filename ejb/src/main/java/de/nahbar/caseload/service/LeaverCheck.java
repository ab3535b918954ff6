package de.nahbar.caseload.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.Deputy;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.service.LoginDeactivating;

/**
 * Caseload's part when a login is deactivated: refused while customers are still assigned to it
 * (they are handed over first, nobody's case is left without a caseworker), and the deputy
 * periods it is part of end before today.
 */
@ApplicationScoped
public class LeaverCheck {

    @PersistenceContext
    private EntityManager em;

    void onDeactivating(@Observes LoginDeactivating leaver) {
        long customers = em.createQuery(
                        "select count(c) from Customer c where c.caseworker.id = :id and c.closedOn is null",
                        Long.class)
                .setParameter("id", leaver.staffMemberId())
                .getSingleResult();
        if (customers > 0) {
            throw new CustomersStillAssignedException(customers);
        }
        LocalDate today = JobcenterTime.today();
        List<Deputy> periods = em.createQuery(
                        "select d from Deputy d where (d.absent.id = :id or d.deputy.id = :id)"
                                + " and d.toDate >= :today",
                        Deputy.class)
                .setParameter("id", leaver.staffMemberId())
                .setParameter("today", today)
                .getResultList();
        for (Deputy period : periods) {
            if (!period.endBefore(today)) {
                em.remove(period);
            }
        }
    }
}
