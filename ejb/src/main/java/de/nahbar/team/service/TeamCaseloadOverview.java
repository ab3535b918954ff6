package de.nahbar.team.service;

import java.io.Serializable;
import java.util.List;

import de.nahbar.caseload.domain.CaseloadKey;

/** The caseloads of the team lead's own team, with the team's totals. */
public record TeamCaseloadOverview(String teamName, List<CaseworkerLoad> caseworkers) implements Serializable {

    public TeamCaseloadOverview {
        caseworkers = List.copyOf(caseworkers);
    }

    public long customers() {
        return caseworkers.stream().mapToLong(CaseworkerLoad::customers).sum();
    }

    public long active() {
        return caseworkers.stream().mapToLong(CaseworkerLoad::active).sum();
    }

    public long observing() {
        return caseworkers.stream().mapToLong(CaseworkerLoad::observing).sum();
    }

    public long under25() {
        return caseworkers.stream().mapToLong(CaseworkerLoad::under25).sum();
    }

    public long overdueFollowUps() {
        return caseworkers.stream().mapToLong(CaseworkerLoad::overdueFollowUps).sum();
    }

    /** How many full positions the team's caseload needs under the legal key, in percent of one. */
    public int loadPercent() {
        return CaseloadKey.loadPercent(under25(), customers() - under25());
    }
}
