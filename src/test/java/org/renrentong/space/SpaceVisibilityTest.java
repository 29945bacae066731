package org.renrentong.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may read a class space, a school space and a personal space, at each visibility. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpaceVisibilityTest {

    @Autowired SpaceFixtures f;
    @Autowired SpaceHomes homes;

    private SpaceFixtures.ClassWorld w;
    private final Map<String, Actor> viewers = new LinkedHashMap<>();

    @BeforeAll
    void world() {
        w = f.classWorld("130102");
        Person outsider = f.fixtures.aPerson().student().in(f.fixtures.aClass()
                .in(f.fixtures.aSchool().inCounty("130104").build()).build()).build();
        viewers.put("anonymous", null);
        viewers.put("teacher", f.actor(w.teacher()));
        viewers.put("student", f.actor(w.student()));
        viewers.put("guardian", f.actor(w.guardian()));
        viewers.put("otherClassStudent", f.actor(w.otherStudent()));
        viewers.put("outsider", f.actor(outsider));
        viewers.put("schoolAdmin", f.actor(w.schoolAdmin()));
        viewers.put("countyAdmin", f.actor(f.fixtures.aPerson().regionAdmin("130102").build()));
        viewers.put("otherCountyAdmin", f.actor(f.fixtures.aPerson().regionAdmin("130104").build()));
        viewers.put("platformAdmin", f.fixtures.platformAdmin());
    }

    @Test
    void classSpace() {
        expect(w.classSpace(), Visibility.PUBLIC, viewers.keySet());
        expect(w.classSpace(), Visibility.MEMBERS,
                Set.of("teacher", "student", "guardian", "schoolAdmin", "countyAdmin", "platformAdmin"));
        expect(w.classSpace(), Visibility.PRIVATE, Set.of("teacher", "schoolAdmin", "countyAdmin", "platformAdmin"));
    }

    @Test
    void schoolSpace() {
        expect(w.schoolSpace(), Visibility.PUBLIC, viewers.keySet());
        expect(w.schoolSpace(), Visibility.MEMBERS, Set.of("teacher", "student", "guardian", "otherClassStudent",
                "schoolAdmin", "countyAdmin", "platformAdmin"));
        expect(w.schoolSpace(), Visibility.PRIVATE, Set.of("schoolAdmin", "countyAdmin", "platformAdmin"));
    }

    @Test
    void personalSpaceOfAStudent() {
        long space = f.personal(w.student());
        expect(space, Visibility.PUBLIC, viewers.keySet());
        expect(space, Visibility.MEMBERS, Set.of("teacher", "student", "guardian", "otherClassStudent",
                "schoolAdmin", "countyAdmin", "platformAdmin"));
        expect(space, Visibility.PRIVATE, Set.of("student"));
    }

    @Test
    void anonymousVisitorsOfAClosedSpaceAreAskedToSignInOthersAreRefused() {
        f.setVisibility(w.classSpace(), Visibility.MEMBERS);
        assertThat(status(null, w.classSpace())).isEqualTo(401);
        assertThat(status(viewers.get("outsider"), w.classSpace())).isEqualTo(403);
    }

    @Test
    void namesOfMembersAreShownToMembersOnlyEvenInAPublicClassSpace() {
        f.setVisibility(w.classSpace(), Visibility.PUBLIC);
        SpaceHome asGuardian = homes.home(viewers.get("guardian"), w.classSpace());
        assertThat(asGuardian.members().students()).contains(w.student().name()).contains(w.student().name());
        assertThat(asGuardian.members().teachers()).containsExactly(w.teacher().name());
        assertThat(homes.home(null, w.classSpace()).members()).isNull();
        assertThat(homes.home(viewers.get("outsider"), w.classSpace()).members()).isNull();
    }

    private void expect(long spaceId, Visibility visibility, Set<String> allowed) {
        f.setVisibility(spaceId, visibility);
        Map<String, Boolean> actual = new LinkedHashMap<>();
        Map<String, Boolean> expected = new LinkedHashMap<>();
        viewers.forEach((name, actor) -> {
            actual.put(name, status(actor, spaceId) == 200);
            expected.put(name, allowed.contains(name));
        });
        assertThat(actual).as(visibility.name()).isEqualTo(expected);
    }

    private int status(Actor viewer, long spaceId) {
        try {
            homes.home(viewer, spaceId);
            return 200;
        } catch (DomainException e) {
            return e.status().value();
        }
    }
}
