package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
@AutoConfigureMockMvc
class PeopleTest {

    /** Valid numbers (birth date and check character), used nowhere else in the tests. */
    static final String ID_CARD = "130102201003071233";
    static final String OTHER_ID_CARD = "130102201208154569";

    @Autowired
    People people;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    RoleGrants grants;
    @Autowired
    Guardians guardians;
    @Autowired
    IdCardVault vault;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTeacherCannotCreatePeople() {
        SchoolClass c = fixtures.aClass().build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        assertForbidden(() -> people.create(teacher, student("新生", c, null, null)));
        assertForbidden(() -> people.ofSchool(teacher, c.schoolId(), "", null, 10));
        assertForbidden(() -> guardians.link(teacher, fixtures.aPerson().student().in(c).build().id(), "家长",
                "13700000001", "母亲", Fixtures.PASSWORD));
    }

    @Test
    void aGuardianSeesOnlyTheirOwnChild() {
        SchoolClass c = fixtures.aClass().build();
        Person child = fixtures.aPerson().student().in(c).build();
        Person classmate = fixtures.aPerson().student().in(c).build();
        Actor guardian = fixtures.actor(fixtures.aPerson().guardianOf(child).build());

        assertThat(people.get(guardian, child.id()).name()).isEqualTo(child.name());
        assertThat(directory.details(guardian, child.id()).classes()).extracting(PersonDetails.ClassPlace::classId)
                .containsExactly(c.id());
        assertForbidden(() -> people.get(guardian, classmate.id()));
        assertForbidden(() -> people.ofSchool(guardian, c.schoolId(), "", null, 10));
    }

    @Test
    void aTeacherSeesTheStudentsAndGuardiansOfTheClassesTaughtNotTheWholeSchool() {
        School school = fixtures.aSchool().build();
        SchoolClass taught = fixtures.aClass().in(school).build();
        SchoolClass notTaught = fixtures.aClass().in(school).build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(taught).build());
        Person pupil = fixtures.aPerson().student().in(taught).build();
        Person parent = fixtures.aPerson().guardianOf(pupil).build();
        Person elsewhere = fixtures.aPerson().student().in(notTaught).build();
        Person elsewhereParent = fixtures.aPerson().guardianOf(elsewhere).build();

        assertForbidden(() -> directory.details(teacher, elsewhere.id()));
        assertForbidden(() -> people.get(teacher, elsewhereParent.id()));
        assertThat(directory.details(teacher, pupil.id()).guardians()).isNotEmpty();
        assertThat(people.get(teacher, parent.id()).id()).isEqualTo(parent.id());
    }

    @Test
    void countyAndSchoolAdministratorsSeePeopleOnlyInTheirScope() {
        School mine = fixtures.aSchool().inCounty("130102").build();
        School other = fixtures.aSchool().inCounty("130104").build();
        Person here = fixtures.aPerson().teacher().at(mine).build();
        Person there = fixtures.aPerson().teacher().at(other).build();
        Actor county = fixtures.actor(fixtures.aPerson().regionAdmin("130102").build());
        Actor schoolAdmin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(mine).build());

        for (Actor admin : new Actor[] {county, schoolAdmin}) {
            assertThat(people.get(admin, here.id()).id()).isEqualTo(here.id());
            assertThat(people.ofSchool(admin, mine.id(), here.name(), null, 10).items()).extracting(Person::id)
                    .containsExactly(here.id());
            assertForbidden(() -> people.get(admin, there.id()));
            assertForbidden(() -> people.ofSchool(admin, other.id(), "", null, 10));
            assertForbidden(() -> people.unlock(admin, there.id()));
            assertForbidden(() -> people.create(admin, new NewPerson("越界", Person.Gender.MALE, null, null,
                    Role.TEACHER, other.id(), null, null, null, Fixtures.PASSWORD)));
        }
        assertForbidden(() -> people.create(schoolAdmin, new NewPerson("区管", Person.Gender.MALE, null, null,
                Role.REGION_ADMIN, null, null, "130102", null, Fixtures.PASSWORD)));
    }

    @Test
    void anIdCardIsCheckedStoredEncryptedAndShownMasked() {
        SchoolClass c = fixtures.aClass().build();
        Actor admin = fixtures.platformAdmin();
        assertInvalid(() -> people.create(admin, student("错号", c, null, "130102201003071234")),
                "person.idCard.invalid");

        Person created = people.create(admin, student("有证", c, null, ID_CARD.toLowerCase()));
        assertThat(created.idCardMasked()).isEqualTo("1301**********1233");
        byte[] cipher = jdbc.sql("SELECT id_card_cipher FROM person WHERE id = ?").param(created.id())
                .query(byte[].class).single();
        assertThat(new String(cipher, StandardCharsets.ISO_8859_1)).doesNotContain(ID_CARD).doesNotContain("20100307");
        assertThat(vault.decrypt(cipher)).isEqualTo(ID_CARD);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE CAST(id_card_hash AS TEXT) LIKE ? OR id_card_masked = ?")
                .params("%" + ID_CARD + "%", ID_CARD).query(Long.class).single()).isZero();
        assertThatThrownBy(() -> people.create(admin, student("同证", c, null, ID_CARD)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.idCard.taken"));
    }

    @Test
    void aPhoneBelongsToOneAccountOnly() {
        SchoolClass c = fixtures.aClass().build();
        Actor admin = fixtures.platformAdmin();
        String phone = "136" + String.format("%08d", Fixtures.unique() % 100_000_000);
        Person first = people.create(admin, student("甲", c, phone, null));
        assertThat(first.phoneMasked()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThatThrownBy(() -> people.create(admin, student("乙", c, "+86 " + phone, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("person.phone.taken");
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                });
        assertInvalid(() -> people.create(admin, student("丙", c, "12345", null)), "person.phone.invalid");
        assertInvalid(() -> people.create(admin, new NewPerson("丁", Person.Gender.MALE, null, null, Role.STUDENT,
                null, c.id(), null, null, "password")), "password.weak");
    }

    @Test
    void oneAccountHoldsSeveralRoles() {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Person teacher = fixtures.aPerson().teacher().teaching(c).build();
        Person child = fixtures.aPerson().student().in(c).build();
        Actor schoolAdmin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());

        grants.grant(schoolAdmin, teacher.id(), new NewGrant(Role.SCHOOL_ADMIN, school.id(), null, null, null));
        var held = grants.grant(schoolAdmin, teacher.id(), new NewGrant(Role.GUARDIAN, null, null, child.id(), "父亲"));
        assertThat(held).extracting(RoleGrant::role).containsExactly(Role.TEACHER, Role.SCHOOL_ADMIN, Role.GUARDIAN);

        Actor asGuardian = fixtures.actor(teacher, Role.GUARDIAN);
        assertThat(asGuardian.isGuardianOf(child.id())).isTrue();
        Actor asAdmin = fixtures.actor(teacher, Role.SCHOOL_ADMIN);
        assertThat(people.ofSchool(asAdmin, school.id(), child.name(), null, 5).items()).hasSize(1);
        assertThat(directory.details(schoolAdmin, child.id()).guardians()).extracting(PersonDetails.Relative::relation)
                .containsExactly("父亲");

        assertThatThrownBy(() -> grants.grant(schoolAdmin, teacher.id(),
                new NewGrant(Role.SCHOOL_ADMIN, school.id(), null, null, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.grant.exists"));
        assertInvalid(() -> grants.grant(schoolAdmin, child.id(),
                new NewGrant(Role.TEACHER, school.id(), null, null, null)), "person.grant.student");
        assertForbidden(() -> grants.grant(schoolAdmin, teacher.id(),
                new NewGrant(Role.REGION_ADMIN, null, "130102", null, null)));
        assertForbidden(() -> grants.grant(fixtures.actor(teacher), child.id(),
                new NewGrant(Role.TEACHER, school.id(), null, null, null)));
        Person stranger = fixtures.aPerson().teacher().build();
        assertForbidden(() -> grants.grant(schoolAdmin, stranger.id(),
                new NewGrant(Role.SCHOOL_ADMIN, school.id(), null, null, null)));
    }

    @Test
    void teachersAreAssignedOnlyToClassesOfTheirSchool() {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        SchoolClass elsewhere = fixtures.aClass().build();
        Person teacher = fixtures.aPerson().teacher().at(school).build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());

        people.assignTeacher(admin, teacher.id(), c.id(), "数学", true);
        assertThat(directory.details(admin, teacher.id()).classes()).singleElement()
                .satisfies(p -> assertThat(p.subject()).isEqualTo("数学"))
                .satisfies(p -> assertThat(p.head()).isTrue());
        assertForbidden(() -> people.assignTeacher(admin, teacher.id(), elsewhere.id(), null, false));
        assertInvalid(() -> people.assignTeacher(fixtures.platformAdmin(), teacher.id(), elsewhere.id(), null, false),
                "person.teacher.otherSchool");
    }

    private static NewPerson student(String name, SchoolClass c, String phone, String idCard) {
        return new NewPerson(name + Fixtures.unique(), Person.Gender.FEMALE, phone, idCard, Role.STUDENT, null, c.id(),
                null, null, Fixtures.PASSWORD);
    }

    private static void assertForbidden(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    private static void assertInvalid(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
