package de.nahbar.provider.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.provider.domain.DeficiencyCategory;
import de.nahbar.shared.domain.JobcenterTime;

/**
 * The provider work on someone's Mein Tag: follow-ups from their visits due within a week, and
 * the deficiencies they opened that passed their deadline. Two bounded statements.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD})
public class ProviderAgendaQueries {

    static final int AHEAD_DAYS = 7;
    static final int ITEMS_MAX = 50;

    public record Agenda(List<FollowUp> followUps, List<Overdue> overdue) implements Serializable {

        public Agenda {
            followUps = List.copyOf(followUps);
            overdue = List.copyOf(overdue);
        }

        public boolean isEmpty() {
            return followUps.isEmpty() && overdue.isEmpty();
        }
    }

    public record FollowUp(
            long visitId, long providerId, String providerName, LocalDate dueOn, String nextSteps, boolean overdue)
            implements Serializable {}

    public record Overdue(
            long deficiencyId, long providerId, String providerName, DeficiencyCategory category, LocalDate deadline)
            implements Serializable {}

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    public Agenda mine() {
        String me = context.getCallerPrincipal().getName();
        LocalDate today = JobcenterTime.today();
        List<FollowUp> followUps = em.createQuery(
                        "select v.id, p.id, p.name, v.followUpOn, v.nextSteps"
                                + " from ProviderVisit v join v.provider p where v.followUpBy = :me and v.followUpDone is null"
                                + " and v.followUpOn <= :until order by v.followUpOn, v.id",
                        Object[].class)
                .setParameter("me", me)
                .setParameter("until", today.plusDays(AHEAD_DAYS))
                .setMaxResults(ITEMS_MAX)
                .getResultStream()
                .map(r -> new FollowUp(
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        (LocalDate) r[3],
                        (String) r[4],
                        ((LocalDate) r[3]).isBefore(today)))
                .toList();
        List<Overdue> overdue = em.createQuery(
                        "select d.id, p.id, p.name, d.category, d.deadline from Deficiency d"
                                + " join d.provider p where d.owner = :me and d.overdueSince is not null and d.status in :awaiting"
                                + " order by d.deadline, d.id",
                        Object[].class)
                .setParameter("me", me)
                .setParameter("awaiting", ProviderDirectoryQueries.AWAITING_REMEDY)
                .setMaxResults(ITEMS_MAX)
                .getResultStream()
                .map(r -> new Overdue(
                        (Long) r[0], (Long) r[1], (String) r[2], (DeficiencyCategory) r[3], (LocalDate) r[4]))
                .toList();
        return new Agenda(followUps, overdue);
    }
}
