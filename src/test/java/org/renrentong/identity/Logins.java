package org.renrentong.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.renrentong.testing.Fixtures;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test accounts that can sign in over HTTP: the people the fixtures make are on their initial password, which
 * blocks everything else; these have it changed.
 */
@Component
public class Logins {

    private final Fixtures fixtures;
    private final People people;

    Logins(Fixtures fixtures, People people) {
        this.fixtures = fixtures;
        this.people = people;
    }

    /** A platform administrator of their own (the bootstrap one has an unknown password). */
    public Person platformAdmin() {
        return ready(people.create(fixtures.platformAdmin(), new NewPerson("平台管理员" + Fixtures.unique(),
                Person.Gender.UNKNOWN, null, null, Role.PLATFORM_ADMIN, null, null, null, null, Fixtures.PASSWORD)));
    }

    /** A region administrator of the region, ready to sign in. */
    public Person regionAdmin(String regionCode) {
        return ready(fixtures.aPerson().regionAdmin(regionCode).build());
    }

    public Person ready(Person person) {
        fixtures.passwordChanged(person);
        return person;
    }

    /** Signs the request in as the person with HTTP Basic. */
    public static RequestPostProcessor as(Person person) {
        return httpBasic(person.account(), Fixtures.PASSWORD);
    }
}
