package org.renrentong.classroom.timetable;

import java.util.List;

/**
 * The outcome of an import: the lessons and classes written, or — when anything was wrong — the problems, and
 * nothing written.
 */
public record TimetableImportReport(int lessons, int classes, List<TimetableProblem> problems) {

    public TimetableImportReport {
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return problems.isEmpty();
    }
}
