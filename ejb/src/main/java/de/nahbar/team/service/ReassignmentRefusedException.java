package de.nahbar.team.service;

import java.util.List;

import de.nahbar.shared.service.NahbarException;

/** Customer numbers the team lead may not hand over: unknown, or not in the team's caseload. Nothing was moved. */
public class ReassignmentRefusedException extends NahbarException {

    private final List<String> numbers;

    public ReassignmentRefusedException(List<String> numbers) {
        super("not in the team's caseload: " + numbers);
        this.numbers = List.copyOf(numbers);
    }

    public List<String> numbers() {
        return numbers;
    }

    @Override
    public String messageKey() {
        return "team_caseloads.error.notInTeam";
    }
}
