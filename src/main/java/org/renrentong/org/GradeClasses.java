package org.renrentong.org;

import java.util.List;

/** A grade with its classes, as the school page lists them. */
public record GradeClasses(Grade grade, List<SchoolClass> classes) {

    static List<GradeClasses> of(List<Grade> grades, List<SchoolClass> classes) {
        return grades.stream()
                .map(g -> new GradeClasses(g, classes.stream().filter(c -> c.gradeId() == g.id()).toList()))
                .toList();
    }
}
