package org.renrentong.taxonomy;

import java.util.List;

/** The outcome of an import: applied whole with its counts, or refused whole with every problem found. */
public record ImportResult(boolean applied, int added, int updated, int unchanged, List<ImportProblem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    static ImportResult refused(List<ImportProblem> problems) {
        return new ImportResult(false, 0, 0, 0, problems);
    }
}
