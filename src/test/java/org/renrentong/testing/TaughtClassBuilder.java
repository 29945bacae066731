package org.renrentong.testing;

import java.util.ArrayList;
import java.util.List;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;

/** Builds a class with its teachers: {@code new TaughtClassBuilder(fixtures).in(school).subject("14", t).build()}. */
public class TaughtClassBuilder {

    private record Subject(String code, Person teacher) {
    }

    private final Fixtures fixtures;
    private final List<Subject> subjects = new ArrayList<>();
    private School school;
    private Person head;

    public TaughtClassBuilder(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    public TaughtClassBuilder in(School school) {
        this.school = school;
        return this;
    }

    /** The teacher (of the class's school) of a subject, by its code. */
    public TaughtClassBuilder subject(String code, Person teacher) {
        subjects.add(new Subject(code, teacher));
        return this;
    }

    public TaughtClassBuilder head(Person teacher) {
        this.head = teacher;
        return this;
    }

    public SchoolClass build() {
        SchoolClass built = fixtures.aClass().in(school).build();
        for (Subject s : subjects) {
            fixtures.people.assignTeacher(fixtures.platformAdmin(), s.teacher().id(), built.id(), s.code(), false);
        }
        if (head != null) {
            fixtures.people.assignTeacher(fixtures.platformAdmin(), head.id(), built.id(), null, true);
        }
        return built;
    }
}
