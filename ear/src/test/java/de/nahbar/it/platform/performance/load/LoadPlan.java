package de.nahbar.it.platform.performance.load;

import java.time.Duration;
import java.util.List;

/**
 * What one Gatling run drives: Gatling instantiates its simulations itself, so the benchmark
 * hands them the plan through this holder before each run (runs never overlap).
 *
 * @param focus    null for the caseworkers' working day (all pages in turn, notes and contacts
 *                 written); otherwise the one request every user repeats, for its throughput
 * @param counting one user, Hibernate's statistics read before and after every request
 * @param thinking between one and three seconds between a user's pages, instead of none
 */
public record LoadPlan(
        String baseUrl,
        List<Caseworker> caseworkers,
        String teamLead,
        String password,
        int users,
        Duration duration,
        Page focus,
        boolean counting,
        boolean thinking) {

    /** A bench caseworker and some of the customers of his or her caseload. */
    public record Caseworker(String username, List<Long> customers) {}

    private static volatile LoadPlan current;

    static LoadPlan current() {
        if (current == null) {
            throw new IllegalStateException("no load plan: the simulations run only from HttpLoadBenchmarkIT");
        }
        return current;
    }

    static void use(LoadPlan plan) {
        current = plan;
    }

    LoadPlan focusedOn(Page page, int userCount, Duration time) {
        return new LoadPlan(baseUrl, caseworkers, teamLead, password, userCount, time, page, false, false);
    }

    LoadPlan workingDay(int userCount, Duration time) {
        return new LoadPlan(baseUrl, caseworkers, teamLead, password, userCount, time, null, false, false);
    }

    LoadPlan workingDayWithThought(int userCount, Duration time) {
        return new LoadPlan(baseUrl, caseworkers, teamLead, password, userCount, time, null, false, true);
    }

    LoadPlan countingStatements() {
        return new LoadPlan(baseUrl, caseworkers, teamLead, password, 1, Duration.ofSeconds(1), null, true, false);
    }
}
