package de.nahbar.caseload.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.Reassignment;
import de.nahbar.shared.domain.RuleBroken;
import de.nahbar.staff.domain.Responsibility;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;

/**
 * Puts a customer where the responsibility rules say, and records it as history
 * ({@link Reassignment}): a new customer with the caseworker or in the team's queue, a customer
 * who outgrew their team to the team now responsible (with the case, its notes and open
 * follow-ups, which belong to the customer; the old caseworker's deputies lose access with it,
 * for a deputy period belongs to the absent caseworker). No EJB of its own: its callers check
 * who may do it.
 */
@ApplicationScoped
public class CaseAssignment {

    @PersistenceContext
    private EntityManager em;

    /** What the rules decide for this customer's data on {@code day}; refused (no rule) at the caseworker. */
    static Responsibility.Decision decide(
            Responsibility rules, String surname, String postalCode, LocalDate birthDate, LocalDate day) {
        return rules.decide(new Responsibility.Person(surname, postalCode, birthDate, day))
                .orElseThrow(() -> new RuleBroken("caseworker", "benefits.noRule"));
    }

    /**
     * A new customer, with the caseworker or in the queue the decision names; {@code data} fills
     * in the rest before anything is persisted (a refusal there leaves nothing behind), then the
     * customer is persisted with their first history entry.
     */
    @SuppressWarnings("java:S107") // the new customer's identity, where they go, and why
    public Customer arrive(
            String number,
            String firstName,
            String lastName,
            LocalDate birthDate,
            Responsibility.Decision decision,
            String reason,
            String by,
            Consumer<Customer> data) {
        Instant now = Instant.now();
        Customer customer = decision.queued()
                ? new Customer(number, firstName, lastName, birthDate, team(decision), now)
                : new Customer(number, firstName, lastName, birthDate, caseworker(decision));
        data.accept(customer);
        em.persist(customer);
        em.persist(customer.arrived(reason, decision.ruleId(), by, now));
        return customer;
    }

    /**
     * Hands the customer to whom the decision names, unless they are there already; returns
     * whether anything changed. {@code kind} and {@code reason} go into the history.
     */
    public boolean apply(
            Customer customer, Responsibility.Decision decision, Reassignment.Kind kind, String reason, String by) {
        Instant now = Instant.now();
        if (decision.queued()) {
            if (customer.isQueued() && sameTeam(customer.responsibleTeam(), decision.teamId())) {
                return false;
            }
            em.persist(customer.queueIn(team(decision), kind, reason, decision.ruleId(), by, now));
            return true;
        }
        if (!customer.isQueued() && customer.getCaseworker().getId().equals(decision.caseworkerId())) {
            return false;
        }
        em.persist(customer.handTo(caseworker(decision), kind, reason, decision.ruleId(), by, now));
        return true;
    }

    /**
     * The customer moves when their team no longer covers them (turned 25, moved house, rules
     * changed) and the rules name another team; returns whether they moved.
     */
    public boolean moveIfOutgrown(Customer customer, Responsibility rules, LocalDate day, String reason, String by) {
        Team team = customer.responsibleTeam();
        Responsibility.Person person = new Responsibility.Person(
                customer.getLastName(), customer.getPostalCode(), customer.getBirthDate(), day);
        if (customer.isClosed() || team == null) {
            return false;
        }
        return rules.destination(team.getId(), team.getKind(), person)
                .map(next -> apply(customer, next, Reassignment.Kind.MOVE, reason, by))
                .orElse(false);
    }

    private static boolean sameTeam(Team team, long teamId) {
        return team != null && team.getId() == teamId;
    }

    private StaffMember caseworker(Responsibility.Decision decision) {
        return em.find(StaffMember.class, decision.caseworkerId());
    }

    private Team team(Responsibility.Decision decision) {
        return em.find(Team.class, decision.teamId());
    }
}
