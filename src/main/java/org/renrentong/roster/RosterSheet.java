package org.renrentong.roster;

import static org.renrentong.roster.RosterColumn.CLASS;
import static org.renrentong.roster.RosterColumn.GENDER;
import static org.renrentong.roster.RosterColumn.GRADE;
import static org.renrentong.roster.RosterColumn.GUARDIAN_NAME;
import static org.renrentong.roster.RosterColumn.GUARDIAN_PHONE;
import static org.renrentong.roster.RosterColumn.HEAD_OF;
import static org.renrentong.roster.RosterColumn.ID_CARD;
import static org.renrentong.roster.RosterColumn.NAME;
import static org.renrentong.roster.RosterColumn.PHONE;
import static org.renrentong.roster.RosterColumn.RELATION;
import static org.renrentong.roster.RosterColumn.STAFF_NO;
import static org.renrentong.roster.RosterColumn.STUDENT_NO;
import static org.renrentong.roster.RosterColumn.SUBJECTS;
import static org.renrentong.roster.RosterColumn.TEACHES;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two kinds of roster sheet. A sheet's kind is recognised by its header row: a 学号 column makes it a students
 * sheet, a 工号 column a teachers sheet; sheets with neither (such as the template's 说明) are skipped.
 */
enum RosterSheet {
    STUDENTS("学生", STUDENT_NO, List.of(GRADE, CLASS, STUDENT_NO, NAME, GENDER, ID_CARD, GUARDIAN_NAME,
            GUARDIAN_PHONE, RELATION)),
    TEACHERS("教师", STAFF_NO, List.of(STAFF_NO, NAME, GENDER, PHONE, ID_CARD, TEACHES, HEAD_OF,
            SUBJECTS));

    private final String defaultName;
    private final RosterColumn marker;
    private final List<RosterColumn> columns;

    RosterSheet(String defaultName, RosterColumn marker, List<RosterColumn> columns) {
        this.defaultName = defaultName;
        this.marker = marker;
        this.columns = columns;
    }

    /** The sheet's name in the template, and the CSV template's file name stem. */
    String defaultName() {
        return defaultName;
    }

    List<RosterColumn> columns() {
        return columns;
    }

    static Optional<RosterSheet> recognise(List<String> normalizedHeaders) {
        return Arrays.stream(values()).filter(s -> normalizedHeaders.contains(s.marker.header())).findFirst();
    }
}
