package org.renrentong.space;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.org.Bureau;
import org.renrentong.org.Group;
import org.renrentong.org.Groups;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
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

        assertThat(space(SpaceKind.GROUP, group.id()).title()).isEqualTo(group.name());
        Space bureauSpace = space(SpaceKind.BUREAU, bureau.id());
        assertThat(bureauSpace.regionPath()).isEqualTo("/000000/130000/130100/130108/");
        assertThat(bureauSpace.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void ensurePersonalSpacesCreatesTheMissingOnesOfASchoolInOneGo() {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        long secret = jdbc.sql("INSERT INTO initial_secret (password_hash) VALUES ('x') RETURNING id")
                .query(Long.class).single();
        long[] ids = new long[3];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = jdbc.sql("INSERT INTO person (account, name, gender, school_id, initial_secret_id) "
                            + "VALUES (?, ?, 'MALE', ?, ?) RETURNING id")
                    .params("bulk" + Fixtures.unique(), "批量" + i, school.id(), secret).query(Long.class).single();
            jdbc.sql("INSERT INTO class_student (class_id, person_id) VALUES (?, ?)").params(c.id(), ids[i]).update();
        }
        long guardian = jdbc.sql("INSERT INTO person (account, name, gender, initial_secret_id) "
                        + "VALUES (?, '家长', 'FEMALE', ?) RETURNING id")
                .params("bulkg" + Fixtures.unique(), secret).query(Long.class).single();
        jdbc.sql("INSERT INTO guardianship (guardian_id, student_id, relation) VALUES (?, ?, '母亲')")
                .params(guardian, ids[0]).update();

        assertThat(spaces.ensurePersonalSpaces(school.id())).isEqualTo(4);
        assertThat(spaces.ensurePersonalSpaces(school.id())).isZero();
        assertThat(space(SpaceKind.PERSONAL, ids[2]).schoolId()).isEqualTo(school.id());
        Space guardianSpace = space(SpaceKind.PERSONAL, guardian);
        assertThat(guardianSpace.schoolId()).isNull();
        assertThat(guardianSpace.regionPath()).isEqualTo(school.regionPath());
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
