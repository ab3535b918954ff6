package de.nahbar.measure.service;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong with a procurement list: the row (as the spreadsheet numbers it, header = 1),
 * the column, and the bundle key of the German message with its arguments. Row 0 is the file.
 */
public record ImportProblem(int row, String column, String key, List<String> args) implements Serializable {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem of(int row, String column, String key, String... args) {
        return new ImportProblem(row, column, "import.error." + key, List.of(args));
    }
}
