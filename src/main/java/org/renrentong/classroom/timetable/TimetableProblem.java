package org.renrentong.classroom.timetable;

import java.util.List;

/**
 * What is wrong at one row (1 = the header) and column of an imported timetable: a message key of the classroom
 * bundle with its arguments. Row 0 is the file as a whole.
 */
public record TimetableProblem(int row, String column, String messageKey, List<String> args) {

    public TimetableProblem {
        args = List.copyOf(args);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
