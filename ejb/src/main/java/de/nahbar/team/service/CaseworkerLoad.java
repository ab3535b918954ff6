package de.nahbar.team.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One caseworker's caseload as the team lead sees it: sizes and the load under the legal key,
 * overdue follow-ups and deputy periods. Counts only, no customer.
 */
public record CaseworkerLoad(
        String username,
        String name,
        long customers,
        long active,
        long observing,
        long under25,
        int loadPercent,
        long overdueFollowUps,
        List<DeputyPeriod> deputies)
        implements Serializable {

    public CaseworkerLoad {
        deputies = List.copyOf(deputies);
    }

    public long from25() {
        return customers - under25;
    }

    /** A period in which a colleague deputises for this caseworker. */
    public record DeputyPeriod(String deputyName, LocalDate from, LocalDate to) implements Serializable {}
}
