package org.renrentong.space;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the people around a class, as the space tests need them, on top of {@link Fixtures}. */
@Component
class SpaceFixtures {

    /** The smallest valid PNG: a 1×1 transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    final Fixtures fixtures;
    final Spaces spaces;
    private final JdbcClient jdbc;

    SpaceFixtures(Fixtures fixtures, Spaces spaces, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.spaces = spaces;
        this.jdbc = jdbc;
    }

    /**
     * A school in the given county with two classes: a teacher and a student (with a guardian) in the first,
     * another student in the second, and the school's administrator.
     */
    record ClassWorld(School school, SchoolClass schoolClass, SchoolClass otherClass, Person teacher, Person student,
                      Person otherStudent, Person guardian, Person schoolAdmin, long schoolSpace, long classSpace,
                      long otherClassSpace) {
    }

    ClassWorld classWorld(String county) {
        School school = fixtures.aSchool().inCounty(county).build();
        SchoolClass c = fixtures.aClass().in(school).build();
        SchoolClass other = fixtures.aClass().in(school).build();
        Person teacher = fixtures.aPerson().teacher().teaching(c).build();
        Person student = fixtures.aPerson().student().in(c).build();
        Person otherStudent = fixtures.aPerson().student().in(other).build();
        Person guardian = fixtures.aPerson().guardianOf(student).build();
        Person admin = fixtures.aPerson().schoolAdmin().at(school).build();
        for (Person p : new Person[] {teacher, student, otherStudent, guardian, admin}) {
            fixtures.passwordChanged(p);
        }
        return new ClassWorld(school, c, other, teacher, student, otherStudent, guardian, admin,
                space(SpaceKind.SCHOOL, school.id()), space(SpaceKind.CLASS, c.id()),
                space(SpaceKind.CLASS, other.id()));
    }

    long space(SpaceKind kind, long ownerId) {
        return spaces.idOf(kind, ownerId).orElseThrow(() -> new AssertionError("no " + kind + " space " + ownerId));
    }

    long personal(Person person) {
        return space(SpaceKind.PERSONAL, person.id());
    }

    Actor actor(Person person) {
        return fixtures.actor(person);
    }

    void setVisibility(long spaceId, Visibility visibility) {
        jdbc.sql("UPDATE space SET visibility = ? WHERE id = ?").params(visibility.name(), spaceId).update();
    }
}
