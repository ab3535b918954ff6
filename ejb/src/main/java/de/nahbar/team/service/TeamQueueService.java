package de.nahbar.team.service;

import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.Reassignment;
import de.nahbar.shared.domain.RuleBroken;
import de.nahbar.shared.service.ConcurrentChanges;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;
import de.nahbar.staff.service.Caller;

/**
 * The queue of new customers of the team lead's own team: customers the responsibility rules
 * gave the team but no caseworker, and those of a caseworker who left. The team lead assigns
 * them, one or many at once, to caseworkers of the team; the oldest wait first.
 */
@Stateless
@RolesAllowed(TEAM_LEAD)
@Interceptors(DomainRules.class)
public class TeamQueueService {

    public static final int ASSIGN_MAX = 100;

    /** The reason an assignment out of the queue carries in the case's history. */
    static final String ASSIGNED = "Aus der Warteschlange des Teams zugewiesen";

    private static final String QUEUE = " from Customer c where c.queueTeam = :team and c.closedOn is null";

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    /** How many wait, and since when the longest-waiting one. */
    public record Summary(long waiting, Instant oldest) {}

    public Summary summary() {
        Optional<Team> team = myTeam();
        if (team.isEmpty()) {
            return new Summary(0, null);
        }
        Object[] row = em.createQuery("select count(c), min(c.queuedAt)" + QUEUE, Object[].class)
                .setParameter("team", team.get())
                .getSingleResult();
        return new Summary((Long) row[0], (Instant) row[1]);
    }

    /** A page of the queue, longest-waiting first, each with the reason they were queued. */
    public List<QueuedCustomer> page(@Min(0) int first, @Min(1) @Max(200) int size) {
        Optional<Team> team = myTeam();
        if (team.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select new de.nahbar.team.service.QueuedCustomer(c.id, c.customerNumber, c.lastName,"
                                + " c.firstName, c.birthDate, c.postalCode, c.queuedAt, r.reason)"
                                + " from Customer c left join Reassignment r on r.customer = c and r.to is null"
                                + " and r.reassignedAt = c.queuedAt"
                                + " where c.queueTeam = :team and c.closedOn is null"
                                + " order by c.queuedAt, c.id",
                        QueuedCustomer.class)
                .setParameter("team", team.get())
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * Assigns these customers of the team's queue to {@code toUsername}, an active caseworker of
     * the team; all or none: a customer not in the queue (any more) refuses the whole request.
     * Returns how many were assigned.
     */
    public int assign(
            @NotNull @Size(min = 1, max = ASSIGN_MAX) Collection<@NotNull Long> customerIds, String toUsername) {
        StaffMember me = Caller.of(context, em);
        Team team = me.getTeam();
        if (toUsername == null || toUsername.isBlank()) {
            throw new RuleBroken("caseworker", "validation.required");
        }
        StaffMember next = em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", toUsername)
                .getResultStream()
                .filter(m -> team != null
                        && m.getTeam() != null
                        && m.getTeam().getId().equals(team.getId()))
                .filter(m -> m.isActive() && m.hasRole(Role.CASEWORKER))
                .findFirst()
                .orElseThrow(() -> new RuleBroken("caseworker", "team_queue.caseworkerNotInTeam"));
        List<Long> ids = customerIds.stream().distinct().toList();
        List<Customer> customers = em.createQuery("select c" + QUEUE + " and c.id in :ids", Customer.class)
                .setParameter("team", team)
                .setParameter("ids", ids)
                .getResultList();
        if (customers.size() != ids.size()) {
            throw new QueueAssignmentRefusedException(ids.size() - customers.size());
        }
        Instant now = Instant.now();
        for (Customer customer : customers) {
            em.persist(customer.handTo(next, Reassignment.Kind.FROM_QUEUE, ASSIGNED, null, me.getUsername(), now));
        }
        ConcurrentChanges.flush(em, "team queue");
        return customers.size();
    }

    private Optional<Team> myTeam() {
        return Optional.ofNullable(Caller.of(context, em).getTeam());
    }
}
