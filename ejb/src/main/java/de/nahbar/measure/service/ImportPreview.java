package de.nahbar.measure.service;

import java.io.Serializable;
import java.util.List;

/** What an import would do, row by row, and what is wrong; nothing is imported while anything is. */
public record ImportPreview(List<Line> lines, List<ImportProblem> problems) implements Serializable {

    public ImportPreview {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty() && !lines.isEmpty();
    }

    public long creates() {
        return lines.stream().filter(l -> !l.update()).count();
    }

    public long updates() {
        return lines.stream().filter(Line::update).count();
    }

    /** A row of the list: the measure it names and whether it exists already. */
    public record Line(int row, String number, String title, boolean update, int entryDates) implements Serializable {}
}
