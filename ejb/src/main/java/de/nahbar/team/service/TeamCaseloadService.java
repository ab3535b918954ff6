package de.nahbar.team.service;

import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.caseload.domain.CaseloadKey;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.SupportMode;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;
import de.nahbar.staff.service.Caller;

/**
 * The caseloads of the team lead's own team as aggregates (three statements for any team size),
 * and handing customers from one caseworker of the team to another with a reason. The team is
 * always the caller's. By design there are no per-person contact or call figures here.
 */
@Stateless
@RolesAllowed(TEAM_LEAD)
@Interceptors(DomainRules.class)
public class TeamCaseloadService {

    public static final int REASSIGN_MAX = 100;

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    public TeamCaseloadOverview mine() {
        Team team = Caller.of(context, em).getTeam();
        if (team == null) {
            return new TeamCaseloadOverview(null, List.of());
        }
        LocalDate today = JobcenterTime.today();
        Map<String, Long> overdue = em.createQuery(
                        "select c.caseworker.username, count(f) from FollowUp f join f.customer c"
                                + " where c.caseworker.team = :team and f.doneAt is null and f.dueOn < :today"
                                + " group by c.caseworker.username",
                        Object[].class)
                .setParameter("team", team)
                .setParameter("today", today)
                .getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
        Map<String, List<CaseworkerLoad.DeputyPeriod>> deputies = em.createQuery(
                        "select d.absent.username,"
                                + " concat(d.deputy.firstName, ' ', d.deputy.lastName), d.fromDate, d.toDate from Deputy d"
                                + " where d.absent.team = :team and d.toDate >= :today order by d.fromDate, d.id",
                        Object[].class)
                .setParameter("team", team)
                .setParameter("today", today)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (String) r[0],
                        Collectors.mapping(
                                r -> new CaseworkerLoad.DeputyPeriod((String) r[1], (LocalDate) r[2], (LocalDate) r[3]),
                                Collectors.toList())));
        // under 25 today: the 25th birthday lies after today
        List<CaseworkerLoad> loads = em.createQuery(
                        "select m.username, concat(m.firstName, ' ', m.lastName), count(c),"
                                + " coalesce(sum(case when c.supportMode = :active then 1 else 0 end), 0),"
                                + " coalesce(sum(case when c.supportMode = :observing then 1 else 0 end), 0),"
                                + " coalesce(sum(case when c.birthDate > :born25 then 1 else 0 end), 0)"
                                + " from StaffMember m join m.roles r left join Customer c on c.caseworker = m and c.closedOn is null"
                                + " where m.team = :team and r = :caseworker and m.active = true"
                                + " group by m.id, m.username, m.firstName, m.lastName order by m.lastName, m.firstName, m.id",
                        Object[].class)
                .setParameter("active", SupportMode.ACTIVE)
                .setParameter("observing", SupportMode.OBSERVING)
                .setParameter("born25", today.minusYears(25))
                .setParameter("team", team)
                .setParameter("caseworker", Role.CASEWORKER)
                .getResultStream()
                .map(r -> {
                    long customers = (Long) r[2];
                    long under25 = ((Number) r[5]).longValue();
                    return new CaseworkerLoad(
                            (String) r[0],
                            (String) r[1],
                            customers,
                            ((Number) r[3]).longValue(),
                            ((Number) r[4]).longValue(),
                            under25,
                            CaseloadKey.loadPercent(under25, customers - under25),
                            overdue.getOrDefault((String) r[0], 0L),
                            deputies.getOrDefault((String) r[0], List.of()));
                })
                .toList();
        return new TeamCaseloadOverview(team.getName(), loads);
    }

    /**
     * Hands these customers to {@code toUsername}, a caseworker of the team, with the reason; all
     * or none: any number outside the team's caseload refuses the whole request. Returns how many moved.
     */
    public int reassign(
            @NotNull @Size(min = 1, max = REASSIGN_MAX) Collection<@NotBlank String> customerNumbers,
            @NotBlank String toUsername,
            @NotBlank String reason) {
        StaffMember me = Caller.of(context, em);
        Team team = me.getTeam();
        List<String> numbers =
                customerNumbers.stream().map(String::strip).distinct().toList();
        List<Customer> customers = team == null
                ? List.of()
                : em.createQuery(
                                "select c from Customer c join fetch c.caseworker w"
                                        + " where c.customerNumber in :numbers and w.team = :team",
                                Customer.class)
                        .setParameter("numbers", numbers)
                        .setParameter("team", team)
                        .getResultList();
        if (customers.size() != numbers.size()) {
            List<String> refused = new ArrayList<>(numbers);
            customers.forEach(c -> refused.remove(c.getCustomerNumber()));
            throw new ReassignmentRefusedException(refused);
        }
        StaffMember next = em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", toUsername)
                .getResultStream()
                .filter(m -> m.getTeam() != null && m.getTeam().getId().equals(team.getId()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a member of the team: " + toUsername));
        Instant now = Instant.now();
        for (Customer customer : customers) {
            em.persist(customer.reassignTo(next, reason, me.getUsername(), now));
        }
        em.flush();
        return customers.size();
    }
}
