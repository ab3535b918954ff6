package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.Reassignment;
import de.nahbar.shared.domain.Age;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.TimerRunRecorder;
import de.nahbar.staff.domain.Responsibility;
import de.nahbar.staff.domain.TeamKind;
import de.nahbar.staff.service.ResponsibilityRules;

/**
 * Every night, and when an administrator asks after changing the rules: customers whose team no
 * longer covers them (they turned 25 in a U25 team, or the rules changed) move to the team the
 * rules now name, to its caseworker or its queue (see {@link CaseAssignment}). A customer whose
 * move the rules cannot place stays and is counted, for the administrators to add a rule. A
 * change of address moves the customer when the benefits file brings it.
 */
@Singleton
@DependsOn("SchemaMigration")
@Interceptors(TimerRunRecorder.class) // the age of its last success is a metric
public class ResponsibilityCheck {

    private static final Logger LOG = Logger.getLogger(ResponsibilityCheck.class.getName());

    /** Who moves customers in the night, in their history. */
    static final String BY_CHECK = "Zuständigkeitsprüfung";

    static final String TURNED_25 = "25. Geburtstag: nicht mehr in der Betreuung U25";
    static final String RULES_CHANGED = "Zuständigkeitsregeln: ein anderes Team ist zuständig";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private ResponsibilityRules rules;

    @Inject
    private CaseAssignment assignment;

    /** Moves due now: from which team to which, how many; and how many outgrew their team with no other to take them. */
    public record Preview(List<Flow> flows, int withoutTeam) {

        public int total() {
            return flows.stream().mapToInt(Flow::customers).sum();
        }
    }

    public record Flow(String fromTeam, String toTeam, int customers) {}

    @Schedule(hour = "1", minute = "15", persistent = true, info = "Zuständigkeit der Kundinnen und Kunden")
    void everyNight() {
        int moved = move(BY_CHECK);
        if (moved > 0) {
            LOG.info(() -> moved + " Kundinnen und Kunden haben das Team gewechselt");
        }
    }

    /** What a check would move now, without moving anyone. */
    @RolesAllowed(ADMIN)
    public Preview preview() {
        Map<String, Integer> flows = new LinkedHashMap<>();
        Map<Long, String> names = teamNames();
        int[] withoutTeam = {0};
        due(rules.current(), JobcenterTime.today(), (row, decision) -> {
            if (decision.isEmpty()) {
                withoutTeam[0]++;
            } else {
                flows.merge(
                        names.get(row.teamId()) + "\u0000"
                                + names.get(decision.get().teamId()),
                        1,
                        Integer::sum);
            }
        });
        List<Flow> list = new ArrayList<>();
        flows.forEach((key, count) -> {
            String[] teams = key.split("\u0000");
            list.add(new Flow(teams[0], teams[1], count));
        });
        return new Preview(list, withoutTeam[0]);
    }

    /** Runs the check now, in the administrator's name; returns how many customers moved. */
    @RolesAllowed(ADMIN)
    public int moveNow() {
        return move(context.getCallerPrincipal().getName());
    }

    private int move(String by) {
        Responsibility current = rules.current();
        LocalDate today = JobcenterTime.today();
        List<Move> moves = new ArrayList<>();
        due(current, today, (row, decision) -> decision.ifPresent(d -> moves.add(new Move(row, d))));
        for (Move move : moves) {
            Customer customer = em.find(Customer.class, move.row().customerId());
            String reason = move.row().teamKind() == TeamKind.U25 && !Age.isUnder25(customer.getBirthDate(), today)
                    ? TURNED_25
                    : RULES_CHANGED;
            assignment.apply(customer, move.decision(), Reassignment.Kind.MOVE, reason, by);
        }
        em.flush();
        return moves.size();
    }

    private record Move(OpenCase row, Responsibility.Decision decision) {}

    /** An open case as the check reads it: who, where they live, when born, and their team now. */
    private record OpenCase(
            long customerId, String lastName, String postalCode, LocalDate birthDate, Long teamId, TeamKind teamKind) {}

    private interface Due {
        void found(OpenCase row, Optional<Responsibility.Decision> decision);
    }

    /** Every open case whose team no longer covers it, with where the rules put it now (empty: nowhere). */
    private void due(Responsibility current, LocalDate today, Due due) {
        em.createQuery(
                        "select c.id, c.lastName, c.postalCode, c.birthDate, coalesce(wt.id, q.id), coalesce(wt.kind, q.kind)"
                                + " from Customer c left join c.caseworker w left join w.team wt left join c.queueTeam q"
                                + " where c.closedOn is null",
                        Object[].class)
                .getResultStream()
                .map(r -> new OpenCase(
                        (Long) r[0], (String) r[1], (String) r[2], (LocalDate) r[3], (Long) r[4], (TeamKind) r[5]))
                .filter(row -> row.teamId() != null)
                .forEach(row -> {
                    Responsibility.Person person =
                            new Responsibility.Person(row.lastName(), row.postalCode(), row.birthDate(), today);
                    if (current.outgrown(row.teamId(), row.teamKind(), person)) {
                        Optional<Responsibility.Decision> next =
                                current.decide(person).filter(d -> d.teamId() != row.teamId());
                        due.found(row, next);
                    }
                });
    }

    private Map<Long, String> teamNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery("select t.id, t.name from Team t", Object[].class)
                .getResultStream()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }
}
