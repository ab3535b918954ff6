package de.nahbar.caseload.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.Deputy;
import de.nahbar.caseload.domain.Reassignment;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;
import de.nahbar.staff.service.LoginDeactivating;

/**
 * Caseload's part when a login is deactivated: refused while customers are still assigned to it
 * (they are handed over first, nobody's case is left without someone responsible) unless the
 * administrator puts them into the queue of the leaver's team; and the deputy periods the login
 * is part of end before today.
 */
@ApplicationScoped
public class LeaverCheck {

    @PersistenceContext
    private EntityManager em;

    /** The reason the history gives a leaver's customers who went to the team's queue. */
    static final String LEFT = "Vermittlungsfachkraft ausgeschieden";

    void onDeactivating(@Observes LoginDeactivating leaver) {
        long customers = em.createQuery(
                        "select count(c) from Customer c where c.caseworker.id = :id and c.closedOn is null",
                        Long.class)
                .setParameter("id", leaver.staffMemberId())
                .getSingleResult();
        if (customers > 0 && !leaver.customersToQueue()) {
            throw new CustomersStillAssignedException(customers);
        }
        if (customers > 0) {
            toTeamQueue(leaver);
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

    private void toTeamQueue(LoginDeactivating leaver) {
        StaffMember member = em.find(StaffMember.class, leaver.staffMemberId());
        Team team = member.getTeam();
        if (team == null) {
            throw new NoTeamQueueException();
        }
        Instant now = Instant.now();
        em.createQuery("select c from Customer c where c.caseworker.id = :id and c.closedOn is null", Customer.class)
                .setParameter("id", leaver.staffMemberId())
                .getResultList()
                .forEach(customer ->
                        em.persist(customer.queueIn(team, Reassignment.Kind.QUEUED, LEFT, null, leaver.by(), now)));
    }
}
