package org.renrentong.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.IdentityEvents;
import org.renrentong.identity.Person;
import org.renrentong.org.Bureau;
import org.renrentong.org.Group;
import org.renrentong.org.Groups;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SpaceCreationTest {

    @Autowired Fixtures fixtures;
    @Autowired SpaceFixtures spaceFixtures;
    @Autowired Spaces spaces;
    @Autowired SpaceHomes homes;
    @Autowired Groups groups;
    @Autowired JdbcClient jdbc;
    @Autowired SpaceRepository repository;
    @Autowired Deliveries deliveries;

    @Test
    void everyInstitutionAndPersonGetsASpaceWhenCreated() {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Person teacher = fixtures.aPerson().teacher().teaching(c).build();
        Person student = fixtures.aPerson().student().in(c).build();
        Person guardian = fixtures.aPerson().guardianOf(student).build();

        Space schoolSpace = space(SpaceKind.SCHOOL, school.id());
        assertThat(schoolSpace.title()).isEqualTo(school.name());
        assertThat(schoolSpace.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(schoolSpace.regionPath()).isEqualTo("/000000/130000/130100/130102/");
        Space classSpace = space(SpaceKind.CLASS, c.id());
        assertThat(classSpace.title()).isEqualTo(c.fullName());
        assertThat(classSpace.schoolId()).isEqualTo(school.id());
        assertThat(classSpace.visibility()).isEqualTo(Visibility.MEMBERS);
        assertThat(space(SpaceKind.PERSONAL, teacher.id()).schoolId()).isEqualTo(school.id());
        assertThat(space(SpaceKind.PERSONAL, student.id()).title()).isEqualTo(student.name());
        Space guardianSpace = space(SpaceKind.PERSONAL, guardian.id());
        assertThat(guardianSpace.schoolId()).isNull();
        assertThat(guardianSpace.openedAt()).isNull();
    }

    @Test
    void groupsAndBureausGetTheirSpaces() {
        School school = fixtures.aSchool().build();
        Group group = groups.create(fixtures.platformAdmin(), "书法社" + Fixtures.unique(), Group.Kind.CLUB, school.id());
        Bureau bureau = groups.bureau(fixtures.platformAdmin(), "130108");
        deliveries.awaitAll();

        assertThat(space(SpaceKind.GROUP, group.id()).title()).isEqualTo(group.name());
        Space bureauSpace = space(SpaceKind.BUREAU, bureau.id());
        assertThat(bureauSpace.regionPath()).isEqualTo("/000000/130000/130100/130108/");
        assertThat(bureauSpace.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void newcomersOfOneEventGetTheirSpacesInOneGoAndARedeliveryChangesNothing() {
        School school = fixtures.aSchool().build();
        Person student = fixtures.aPerson().student().in(fixtures.aClass().in(school).build()).build();
        Person guardian = fixtures.aPerson().guardianOf(student).build();
        jdbc.sql("DELETE FROM space WHERE kind = 'PERSONAL' AND owner_id IN (?, ?)")
                .params(student.id(), guardian.id()).update();
        var event = new IdentityEvents.PeopleCreated(List.of(
                new IdentityEvents.Newcomer(student.id(), student.name(), school.id(), school.regionPath()),
                new IdentityEvents.Newcomer(guardian.id(), "  ", null, null)));

        assertThat(repository.insertPersonal(event.people())).isEqualTo(2);
        assertThat(repository.insertPersonal(event.people())).isZero();
        assertThat(space(SpaceKind.PERSONAL, student.id()).schoolId()).isEqualTo(school.id());
        Space guardianSpace = space(SpaceKind.PERSONAL, guardian.id());
        assertThat(guardianSpace.title()).isEqualTo("-");
        assertThat(guardianSpace.regionPath()).isEqualTo(SpaceRepository.NATIONAL_PATH);
        assertThat(guardianSpace.schoolId()).isNull();
    }

    @Test
    void anInstitutionsSpaceIsMadeOnFirstNeedWhileItsEventIsPending() {
        SchoolClass c = fixtures.aClass().build();
        jdbc.sql("DELETE FROM space WHERE kind = 'CLASS' AND owner_id = ?").param(c.id()).update();

        long id = spaces.ofInstitution(SpaceKind.CLASS, c.id()).orElseThrow();

        assertThat(spaces.ofInstitution(SpaceKind.CLASS, c.id())).contains(id);
        Space made = space(SpaceKind.CLASS, c.id());
        assertThat(made.title()).isEqualTo(c.fullName());
        assertThat(made.schoolId()).isEqualTo(c.schoolId());
        assertThat(spaces.ofInstitution(SpaceKind.CLASS, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void mineCreatesTheSpaceOfSomeoneWhoHasNoneAndOpeningItMarksItOpened() {
        Person regionAdmin = fixtures.aPerson().regionAdmin("130100").build();
        jdbc.sql("DELETE FROM space WHERE kind = 'PERSONAL' AND owner_id = ?").param(regionAdmin.id()).update();
        var actor = fixtures.actor(regionAdmin);

        long id = spaces.mine(actor);
        assertThat(spaces.mine(actor)).isEqualTo(id);
        Space created = space(SpaceKind.PERSONAL, regionAdmin.id());
        assertThat(created.regionPath()).isEqualTo("/000000/130000/130100/");
        assertThat(created.openedAt()).isNull();

        homes.home(actor, id);
        Space opened = space(SpaceKind.PERSONAL, regionAdmin.id());
        assertThat(opened.openedAt()).isNotNull();
        assertThat(opened.lastActiveAt()).isNotNull();
    }

    private Space space(SpaceKind kind, long ownerId) {
        return repository.find(spaceFixtures.space(kind, ownerId)).orElseThrow();
    }
}
