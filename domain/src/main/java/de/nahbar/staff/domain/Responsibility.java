package de.nahbar.staff.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import de.nahbar.shared.domain.Age;

/**
 * Which team and which caseworker the responsibility rules ({@link AssignmentRule}) name for a
 * customer, decided on plain values so that a file of 100,000 rows loads the rules once.
 *
 * <p>The team comes first: the most specific rule that covers the customer, of either kind,
 * names it (a caseworker's rule speaks for the caseworker's team). Within that team the most
 * specific caseworker rule of an active caseworker names the caseworker; where none does, the
 * customer goes to the team's queue, which the team lead assigns. A U25 team covers only those
 * under 25, every other team only those from 25. Most specific: the longer postal prefix, then
 * the narrower letter range, then the older rule, so the outcome never depends on order.
 */
public final class Responsibility {

    private static final Comparator<Terms> MOST_SPECIFIC = Comparator.comparingInt((Terms t) ->
                    -(t.postalPrefix() == null ? 0 : t.postalPrefix().length()))
            .thenComparingInt(t -> t.letterTo() - t.letterFrom())
            .thenComparingLong(Terms::ruleId);

    private final List<Terms> rules;

    public Responsibility(List<Terms> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * One rule as the decision reads it. {@code teamId}: the team it speaks for (for a caseworker
     * rule the caseworker's team, null when the caseworker has none: such a rule decides nothing);
     * {@code caseworkerId}: null for a team rule; {@code eligible}: the caseworker is active and
     * works as a caseworker, so may be given new customers.
     */
    public record Terms(
            long ruleId,
            Long teamId,
            TeamKind teamKind,
            Long caseworkerId,
            boolean eligible,
            char letterFrom,
            char letterTo,
            String postalPrefix) {

        boolean covers(Person person) {
            if (teamId == null || person.initial == 0 || person.initial < letterFrom || person.initial > letterTo) {
                return false;
            }
            if (postalPrefix != null && (person.postalCode == null || !person.postalCode.startsWith(postalPrefix))) {
                return false;
            }
            return person.under25 == (teamKind == TeamKind.U25);
        }
    }

    /** What the rules decided: the team, its caseworker or null for the team's queue, and the deciding rule. */
    public record Decision(long teamId, Long caseworkerId, long ruleId) {

        public boolean queued() {
            return caseworkerId == null;
        }
    }

    /** A customer as the rules see them on one day. */
    public static final class Person {

        private final char initial;
        private final String postalCode;
        private final boolean under25;

        public Person(String surname, String postalCode, LocalDate birthDate, LocalDate day) {
            this.initial = initial(surname);
            this.postalCode = postalCode;
            this.under25 = Age.isUnder25(Objects.requireNonNull(birthDate, "birthDate"), day);
        }

        public boolean under25() {
            return under25;
        }
    }

    /** The surname's initial as the rules compare it: A to Z, umlauts as their vowel; 0 for none. */
    public static char initial(String surname) {
        if (surname == null || surname.isBlank()) {
            return 0;
        }
        String plain = Normalizer.normalize(surname.strip().substring(0, 1), Normalizer.Form.NFD)
                .toUpperCase(Locale.GERMAN);
        char c = plain.charAt(0);
        return c >= 'A' && c <= 'Z' ? c : 0;
    }

    /** Team and caseworker (or the team's queue) for this person; empty when no rule covers them. */
    public Optional<Decision> decide(Person person) {
        return team(person).map(team -> {
            Optional<Terms> caseworker = rules.stream()
                    .filter(t -> t.caseworkerId() != null
                            && t.eligible()
                            && team.teamId().equals(t.teamId()))
                    .filter(t -> t.covers(person))
                    .min(MOST_SPECIFIC);
            return caseworker
                    .map(t -> new Decision(t.teamId(), t.caseworkerId(), t.ruleId()))
                    .orElseGet(() -> new Decision(team.teamId(), null, team.ruleId()));
        });
    }

    /** The rule that names the responsible team: the most specific covering rule of either kind. */
    private Optional<Terms> team(Person person) {
        return rules.stream().filter(t -> t.covers(person)).min(MOST_SPECIFIC);
    }

    /**
     * Whether a customer of the team {@code teamId} belongs elsewhere now: the team is a U25 team
     * and the customer 25 or older, or the team has rules and none of them covers the customer any
     * longer (turned 25, moved, or the rules changed). A team without rules takes its customers by
     * decision (case management, rehabilitation), so nobody leaves it by a rule.
     */
    public boolean outgrown(long teamId, TeamKind kind, Person person) {
        if (kind == TeamKind.U25 && !person.under25) {
            return true;
        }
        List<Terms> ofTeam = rules.stream()
                .filter(t -> Long.valueOf(teamId).equals(t.teamId()))
                .toList();
        return !ofTeam.isEmpty() && ofTeam.stream().noneMatch(t -> t.covers(person));
    }

    /**
     * Where a customer of the team {@code teamId} goes now: empty while the team still covers
     * them ({@link #outgrown}), and empty too when they outgrew it but no other team's rule takes
     * them (they stay, for the administrators to add a rule).
     */
    public Optional<Decision> destination(long teamId, TeamKind kind, Person person) {
        if (!outgrown(teamId, kind, person)) {
            return Optional.empty();
        }
        return decide(person).filter(d -> d.teamId() != teamId);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }
}
