package org.renrentong.testing;

import java.util.concurrent.atomic.AtomicLong;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.identity.Guardians;
import org.renrentong.identity.NewPerson;
import org.renrentong.identity.People;
import org.renrentong.identity.Person;
import org.renrentong.identity.Role;
import org.renrentong.org.Schools;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Entry point of the test-data builders, so a test reads like its scenario:
 * <pre>
 *   School school = fixtures.aSchool().inCounty("130102").build();
 *   SchoolClass c = fixtures.aClass().in(school).build();
 *   Person t = fixtures.aPerson().teacher().teaching(c).build();
 *   Actor teacher = fixtures.actor(t);
 * </pre>
 * Every builder goes through the real services as the platform administrator, so the data is what users make.
 */
@Component
public class Fixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);
    public static final String PASSWORD = "Passw0rd!";

    final Schools schools;
    final People people;
    final Guardians guardians;
    private final Actors actors;
    private final Deliveries deliveries;
    private final JdbcClient jdbc;

    Fixtures(Schools schools, People people, Guardians guardians, Actors actors, Deliveries deliveries,
             JdbcClient jdbc) {
        this.schools = schools;
        this.people = people;
        this.guardians = guardians;
        this.actors = actors;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
    }

    /** A unique number for names, accounts and numbers within this test run. */
    public static long unique() {
        return SEQUENCE.incrementAndGet();
    }

    public Actor platformAdmin() {
        long id = jdbc.sql("SELECT person_id FROM role_grant WHERE role = 'PLATFORM_ADMIN' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        return actors.load(id, null);
    }

    /** The actor of a person in their first role. */
    public Actor actor(Person person) {
        return actors.load(person.id(), null);
    }

    /** The actor of a person in the given role (they must hold it). */
    public Actor actor(Person person, Role role) {
        Long grant = jdbc.sql("SELECT id FROM role_grant WHERE person_id = ? AND role = ? ORDER BY id LIMIT 1")
                .params(person.id(), role.name()).query(Long.class).single();
        return actors.load(person.id(), grant);
    }

    public SchoolBuilder aSchool() {
        return new SchoolBuilder(this);
    }

    public ClassBuilder aClass() {
        return new ClassBuilder(this);
    }

    public PersonBuilder aPerson() {
        return new PersonBuilder(this);
    }

    /** Marks the person's password as changed, so that a browser sign-in lands on their space. */
    public void passwordChanged(Person person) {
        jdbc.sql("UPDATE person SET must_change_password = FALSE WHERE id = ?").param(person.id()).update();
    }

    /** What a builder built, once the reactions to its creation (its space) are delivered. */
    <T> T delivered(T built) {
        deliveries.awaitAll();
        return built;
    }

    NewPerson newPerson(String name, Person.Gender gender, String phone, String idCard, Role role, Long schoolId,
                        Long classId, String regionCode, String number) {
        return new NewPerson(name, gender, phone, idCard, role, schoolId, classId, regionCode, number, PASSWORD);
    }
}
