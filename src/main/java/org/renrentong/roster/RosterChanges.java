package org.renrentong.roster;

import org.renrentong.identity.Actor;
import org.renrentong.identity.PeopleImport;

/**
 * What a file would change about people and classes that exist already: a matched person's name or gender, a role
 * they do not hold yet, a class whose head teacher or a subject's teacher would be replaced. The identity module
 * finds them; they are listed in the check report, at the line that causes the change, before anything is written.
 * The import goes ahead only when the administrator confirmed them.
 */
final class RosterChanges {

    private final PeopleImport people;
    private final Staging staging;
    private final ClassResolver classes;
    private final String studentSheet;
    private final String teacherSheet;
    private final ErrorCollector report;
    private long count;

    RosterChanges(PeopleImport people, Staging staging, ClassResolver classes, String studentSheet,
                  String teacherSheet, ErrorCollector report) {
        this.people = people;
        this.staging = staging;
        this.classes = classes;
        this.studentSheet = studentSheet;
        this.teacherSheet = teacherSheet;
        this.report = report;
    }

    /** Adds every change to the report; returns how many there are. */
    long list(Actor actor, long schoolId) {
        people.changes(actor, schoolId, staging.staged(), this::add);
        return count;
    }

    private void add(PeopleImport.Change change) {
        count++;
        String sheet = change.sheet() == PeopleImport.Sheet.STUDENTS ? studentSheet : teacherSheet;
        switch (change.kind()) {
            case NAME -> report.add(sheet, change.line(), RosterColumn.NAME.header(), "roster.change.name",
                    change.personName(), change.value());
            case GENDER -> report.add(sheet, change.line(), RosterColumn.GENDER.header(), "roster.change.gender",
                    change.personName(), "MALE".equals(change.value()) ? "男" : "女");
            case TEACHER_ROLE -> report.add(sheet, change.line(), RosterColumn.NAME.header(),
                    "roster.change.teacherRole", change.personName(), "");
            case HEAD -> report.add(sheet, change.line(), RosterColumn.HEAD_OF.header(), "roster.change.head",
                    classes.fullName(change.classId()), change.personName());
            case SUBJECT -> report.add(sheet, change.line(), RosterColumn.SUBJECTS.header(), "roster.change.subject",
                    classes.fullName(change.classId()), change.value(), change.personName());
        }
    }
}
