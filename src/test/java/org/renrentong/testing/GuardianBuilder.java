package org.renrentong.testing;

import java.util.ArrayList;
import java.util.List;
import org.renrentong.identity.GuardianInvitation;
import org.renrentong.identity.Person;

/**
 * Builds a guardian of one or more students, wherever each studies: linked to the first, then invited to the others
 * by the same phone and accepting, as a parent of two children at two schools comes to be.
 * {@code new GuardianBuilder(fixtures).of(first, second).build()}.
 */
public class GuardianBuilder {

    private final Fixtures fixtures;
    private final List<Person> children = new ArrayList<>();
    private String name = "家长" + Fixtures.unique();

    public GuardianBuilder(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    public GuardianBuilder named(String name) {
        this.name = name;
        return this;
    }

    public GuardianBuilder of(Person... students) {
        children.addAll(List.of(students));
        return this;
    }

    public Person build() {
        var admin = fixtures.platformAdmin();
        String phone = "137" + String.format("%08d", Fixtures.unique() % 100_000_000);
        long id = fixtures.guardians.link(admin, children.get(0).id(), name, phone, "母亲", Fixtures.PASSWORD)
                .guardianId();
        Person guardian = fixtures.people.get(admin, id);
        for (Person child : children.subList(1, children.size())) {
            fixtures.guardians.link(admin, child.id(), name, phone, "母亲", Fixtures.PASSWORD);
        }
        for (GuardianInvitation invitation : fixtures.guardians.pending(fixtures.actor(guardian))) {
            fixtures.guardians.accept(fixtures.actor(guardian), invitation.id());
        }
        return fixtures.delivered(guardian);
    }
}
