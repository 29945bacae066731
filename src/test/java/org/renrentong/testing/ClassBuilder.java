package org.renrentong.testing;

import org.renrentong.org.Grade;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;

/** Builds a class in the first grade of a school (a new school if none is given). */
public class ClassBuilder {

    private final Fixtures fixtures;
    private School school;
    private String name = Fixtures.unique() + "班";
    private int yearLevel = 0;

    ClassBuilder(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    public ClassBuilder in(School school) {
        this.school = school;
        return this;
    }

    public ClassBuilder named(String name) {
        this.name = name;
        return this;
    }

    /** Year level 1..12; the school's first grade by default. */
    public ClassBuilder year(int yearLevel) {
        this.yearLevel = yearLevel;
        return this;
    }

    public SchoolClass build() {
        School target = school != null ? school : fixtures.aSchool().build();
        var grades = fixtures.schools.grades(fixtures.platformAdmin(), target.id());
        Grade grade = grades.stream().filter(g -> yearLevel == 0 || g.yearLevel() == yearLevel).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no grade " + yearLevel + " in " + target.name()));
        return fixtures.delivered(
                fixtures.schools.createClass(fixtures.platformAdmin(), target.id(), grade.id(), name));
    }
}
