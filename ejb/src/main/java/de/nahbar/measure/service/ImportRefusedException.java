package de.nahbar.measure.service;

import java.util.List;

import de.nahbar.shared.service.NahbarException;

/** The list has errors; nothing was imported. The preview names every one. */
public class ImportRefusedException extends NahbarException {

    private final transient List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems) {
        super(problems.size() + " problems in the procurement list");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    @Override
    public String messageKey() {
        return "import.refused";
    }
}
