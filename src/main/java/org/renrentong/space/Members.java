package org.renrentong.space;

import java.util.List;

/**
 * Who belongs to an institutional space, names only: a class's teachers and students, a group's members.
 * A school shows its head counts, a bureau the number of schools in its region.
 */
public record Members(List<String> teachers, List<String> students, List<String> members, long teacherCount,
                      long studentCount, long schoolCount) {

    static Members names(List<String> teachers, List<String> students, List<String> members) {
        return new Members(teachers, students, members, teachers.size(), students.size(), 0);
    }

    static Members counts(long teachers, long students, long schools) {
        return new Members(List.of(), List.of(), List.of(), teachers, students, schools);
    }
}
