package org.renrentong.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.renrentong.roster.ImportWaiter.importAndWait;
import static org.renrentong.roster.RosterFiles.STUDENT_HEADER;
import static org.renrentong.roster.RosterFiles.TEACHER_HEADER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.NewPerson;
import org.renrentong.identity.People;
import org.renrentong.identity.Person;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RosterImportTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Imports imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    People people;
    @Autowired
    Deliveries deliveries;

    School school;
    Actor admin;

    @BeforeEach
    void school() {
        school = fixtures.aSchool().build();
        admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
    }

    @Test
    void aValidCsvCreatesStudentsClassesGuardiansAndSpaces() {
        String parentPhone = RosterFiles.phone("137");
        String no1 = RosterFiles.number();
        String no2 = RosterFiles.number();
        byte[] csv = RosterFiles.csv(STUDENT_HEADER, List.of(
                new String[] {"七年级", "1班", no1, "李小明", "男", RosterFiles.idCard(), "李建国", parentPhone, "父亲"},
                new String[] {"七年级", "七年级2班", no2, "李小红", "女", "", "李建国", parentPhone, ""}));

        ImportJob job = importAndWait(imports, admin, school.id(), "学生.csv", csv);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.createdRows()).isEqualTo(3);
        assertThat(job.createdClasses()).isEqualTo(2);
        assertThat(job.linkedGuardians()).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT c.name FROM class_student cs JOIN school_class c ON c.id = cs.class_id JOIN person p
                ON p.id = cs.person_id WHERE p.account = ?""").param("s" + school.id() + "-" + no2)
                .query(String.class).single()).isEqualTo("2班");
        assertThat(count("SELECT count(*) FROM person WHERE phone = ?", parentPhone)).isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM guardianship g JOIN person p ON p.id = g.guardian_id WHERE p.phone = ?""",
                parentPhone)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT account FROM person WHERE phone = ?").param(parentPhone).query(String.class)
                .single()).doesNotContain(parentPhone.substring(3));
        assertThat(jdbc.sql("SELECT relation FROM guardianship g JOIN person s ON s.id = g.student_id "
                + "WHERE s.student_no = ? AND s.school_id = ?").params(no2, school.id()).query(String.class).single())
                .isEqualTo("监护人");
        assertThat(count("SELECT count(*) FROM role_grant WHERE school_id = ? AND role = 'STUDENT'", school.id()))
                .isEqualTo(2);
        deliveries.awaitAll();
        assertThat(count("""
                SELECT count(*) FROM person p WHERE (p.school_id = ? OR p.phone = ?)
                  AND NOT EXISTS (SELECT 1 FROM space s WHERE s.kind = 'PERSONAL' AND s.owner_id = p.id)
                  AND p.must_change_password AND p.initial_secret_id IS NOT NULL""", school.id(), parentPhone))
                .isZero();
        assertThat(jdbc.sql("SELECT id_card_masked FROM person WHERE school_id = ? AND student_no = ?")
                .params(school.id(), no1).query(String.class).single()).startsWith("1301").contains("*");
    }

    @Test
    void aValidXlsxCreatesTeachersWithTheirClassesAndStudents() {
        String teacherPhone = RosterFiles.phone("136");
        String staffNo = RosterFiles.number();
        Map<String, List<String[]>> sheets = RosterFiles.sheets();
        sheets.put("学生", List.of(STUDENT_HEADER,
                new String[] {"八年级", "3班", RosterFiles.number(), "赵一", "女", null, "赵父", RosterFiles.phone("137"),
                    "父亲"}));
        sheets.put("教师", List.of(TEACHER_HEADER,
                new String[] {staffNo, "周老师", "女", teacherPhone, RosterFiles.idCard(), "八年级3班；八年级4班", "八年级3班"}));

        ImportJob job = importAndWait(imports, admin, school.id(), "roster.xlsx", RosterFiles.xlsx(sheets));

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.createdRows()).isEqualTo(3);
        assertThat(job.createdClasses()).isEqualTo(2);
        List<String> taught = jdbc.sql("""
                SELECT c.name || CASE WHEN ct.head THEN '*' ELSE '' END FROM class_teacher ct
                JOIN school_class c ON c.id = ct.class_id JOIN person p ON p.id = ct.person_id
                WHERE p.phone = ? ORDER BY c.name""").param(teacherPhone).query(String.class).list();
        assertThat(taught).containsExactly("3班*", "4班");
        assertThat(jdbc.sql("SELECT account FROM person WHERE phone = ?").param(teacherPhone).query(String.class)
                .single()).isEqualTo("t" + school.id() + "-" + staffNo);
        assertThat(count("SELECT count(*) FROM role_grant g JOIN person p ON p.id = g.person_id "
                + "WHERE p.phone = ? AND g.role = 'TEACHER' AND g.school_id = ?", teacherPhone, school.id())).isOne();
        deliveries.awaitAll();
        assertThat(count("SELECT count(*) FROM space s JOIN person p ON p.id = s.owner_id AND s.kind = 'PERSONAL' "
                + "WHERE p.school_id = ?", school.id())).isEqualTo(3);
    }

    @Test
    void aTeacherWhoIsAlsoAGuardianIsOnePersonWithBothRoles() {
        String phone = RosterFiles.phone("136");
        Map<String, List<String[]>> sheets = RosterFiles.sheets();
        sheets.put("学生", List.of(STUDENT_HEADER,
                new String[] {"二年级", "1班", RosterFiles.number(), "冯小", "男", null, "冯老师", phone, "母亲"}));
        sheets.put("教师", List.of(TEACHER_HEADER,
                new String[] {RosterFiles.number(), "冯老师", "女", phone, null, "二年级1班", null}));

        ImportJob job = importAndWait(imports, admin, school.id(), "family.xlsx", RosterFiles.xlsx(sheets));

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.createdRows()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT g.role FROM role_grant g JOIN person p ON p.id = g.person_id WHERE p.phone = ? "
                + "ORDER BY g.role").param(phone).query(String.class).list()).containsExactly("GUARDIAN", "TEACHER");
    }

    @Test
    void importingTeachersAgainReplacesTheClassesTheyTeach() {
        String staffNo = RosterFiles.number();
        String phone = RosterFiles.phone("136");
        importAndWait(imports, admin, school.id(), "t.csv", RosterFiles.csv(TEACHER_HEADER, List.<String[]>of(
                new String[] {staffNo, "卫老师", "男", phone, "", "五年级1班;五年级2班", "五年级1班"})));

        ImportJob again = importAndWait(imports, admin, school.id(), "t.csv", RosterFiles.csv(TEACHER_HEADER,
                List.<String[]>of(new String[] {staffNo, "卫老师", "男", phone, "", "五年级2班、五年级3班", "五年级3班"})));

        assertThat(again.status()).isEqualTo(ImportStatus.DONE);
        assertThat(again.updatedRows()).isOne();
        assertThat(jdbc.sql("""
                SELECT c.name || CASE WHEN ct.head THEN '*' ELSE '' END FROM class_teacher ct
                JOIN school_class c ON c.id = ct.class_id JOIN person p ON p.id = ct.person_id
                WHERE p.phone = ? ORDER BY c.name""").param(phone).query(String.class).list())
                .containsExactly("2班", "3班*");
    }

    @Test
    void importingAgainUpdatesInsteadOfDuplicating() {
        String no = RosterFiles.number();
        String idCard = RosterFiles.idCard();
        String parentPhone = RosterFiles.phone("137");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"七年级", "1班", no, "钱多多", "男", idCard, "钱父", parentPhone, "父亲"});
        ImportJob first = importAndWait(imports, admin, school.id(), "a.csv", RosterFiles.csv(STUDENT_HEADER, rows));
        long people = count("SELECT count(*) FROM person WHERE school_id = ? OR phone = ?", school.id(), parentPhone);

        rows.set(0, new String[] {"七年级", "2班", no, "钱朵朵", "女", idCard, "钱父", parentPhone, "父亲"});
        ImportJob unconfirmed = importAndWait(imports, admin, school.id(), "a.csv",
                RosterFiles.csv(STUDENT_HEADER, rows));
        ImportJob second = importAndWait(imports, admin, school.id(), "a.csv", RosterFiles.csv(STUDENT_HEADER, rows),
                true);

        assertThat(first.status()).isEqualTo(ImportStatus.DONE);
        assertThat(unconfirmed.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(unconfirmed.messageKey()).isEqualTo("roster.job.changes");
        assertThat(imports.errors(admin, unconfirmed.id(), 10)).extracting(ImportError::messageKey)
                .containsExactly("roster.change.name", "roster.change.gender");
        assertThat(second.status()).isEqualTo(ImportStatus.DONE);
        assertThat(second.createdRows()).isZero();
        assertThat(second.updatedRows()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM person WHERE school_id = ? OR phone = ?", school.id(), parentPhone))
                .isEqualTo(people);
        assertThat(jdbc.sql("SELECT name || '/' || gender FROM person WHERE school_id = ? AND student_no = ?")
                .params(school.id(), no).query(String.class).single()).isEqualTo("钱朵朵/FEMALE");
        assertThat(count("SELECT count(*) FROM class_student cs JOIN person p ON p.id = cs.person_id "
                + "WHERE p.school_id = ? AND p.student_no = ?", school.id(), no)).isOne();
        assertThat(count("SELECT count(*) FROM guardianship g JOIN person p ON p.id = g.student_id "
                + "WHERE p.school_id = ? AND p.student_no = ?", school.id(), no)).isOne();
    }

    @Test
    void aGuardianWhoAlreadyHasAnAccountIsInvitedNotMergedNorDuplicated() {
        Person elsewhere = fixtures.aPerson().student().in(fixtures.aClass().build()).build();
        String parentPhone = RosterFiles.phone("137");
        Person parent = fixtures.aPerson().guardianOf(elsewhere).phone(parentPhone).named("孙家长").build();
        String no = RosterFiles.number();
        byte[] csv = RosterFiles.csv(STUDENT_HEADER, List.<String[]>of(
                new String[] {"一年级", "1班", no, "孙小", "男", "", "孙母", parentPhone, "母亲"}));

        ImportJob job = importAndWait(imports, admin, school.id(), "s.csv", csv);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.createdRows()).isEqualTo(1);
        assertThat(job.linkedGuardians()).isZero();
        assertThat(job.invitedGuardians()).isOne();
        assertThat(count("SELECT count(*) FROM person WHERE phone = ?", parentPhone)).isOne();
        assertThat(jdbc.sql("SELECT name FROM person WHERE id = ?").param(parent.id()).query(String.class).single())
                .isEqualTo("孙家长");
        assertThat(count("SELECT count(*) FROM guardianship WHERE guardian_id = ?", parent.id())).isOne();
        assertThat(count("""
                SELECT count(*) FROM guardian_invitation i JOIN person s ON s.id = i.student_id
                WHERE i.invitee_id = ? AND i.status = 'PENDING' AND s.school_id = ? AND s.student_no = ?""",
                parent.id(), school.id(), no)).isOne();
        assertThatThrownBy(() -> people.get(admin, parent.id())).isInstanceOf(DomainException.class);
    }

    /**
     * A teacher row carrying the phone of a guardian (here of a child at this school) must not turn the guardian
     * into the teacher: no rename, no gender change, no teacher role, no head-teacher change, nothing "updated".
     */
    @Test
    void aTeacherRowWithAGuardiansPhoneChangesNoOneAndIsARowError() {
        SchoolClass c71 = fixtures.aClass().in(school).year(7).named("1班").build();
        Person head = fixtures.aPerson().teacher().at(school).build();
        people.assignTeacher(fixtures.platformAdmin(), head.id(), c71.id(), null, true);
        Person child = fixtures.aPerson().student().in(c71).build();
        String phone = RosterFiles.phone("138");
        Person guardian = fixtures.aPerson().guardianOf(child).phone(phone).named("原家长").build();
        String before = personState(guardian.id());
        byte[] csv = RosterFiles.csv(TEACHER_HEADER, List.<String[]>of(
                new String[] {"T" + Fixtures.unique(), "新老师", "男", phone, "", "七年级1班", "七年级1班"}));

        ImportJob job = importAndWait(imports, admin, school.id(), "t.csv", csv, true);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.updatedRows()).isZero();
        assertThat(imports.errors(admin, job.id(), 10)).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("roster.check.phoneTaken");
            assertThat(e.args()).isEmpty();
        });
        assertThat(personState(guardian.id())).isEqualTo(before).startsWith("原家长/UNKNOWN/GUARDIAN");
        assertThat(jdbc.sql("SELECT person_id FROM class_teacher WHERE class_id = ? AND head").param(c71.id())
                .query(Long.class).single()).isEqualTo(head.id());
    }

    @Test
    void changesToExistingPeopleAndHeadTeachersAreListedBeforeAnythingIsWritten() {
        SchoolClass c71 = fixtures.aClass().in(school).year(7).named("1班").build();
        Person head = fixtures.aPerson().teacher().at(school).named("原班主任").build();
        people.assignTeacher(fixtures.platformAdmin(), head.id(), c71.id(), null, true);
        String staffNo = RosterFiles.number();
        Person teacher = people.create(fixtures.platformAdmin(), new NewPerson("甲老师", Person.Gender.FEMALE, null,
                null, Role.TEACHER, school.id(), null, null, staffNo, Fixtures.PASSWORD));
        byte[] csv = RosterFiles.csv(TEACHER_HEADER, List.<String[]>of(
                new String[] {staffNo, "乙老师", "女", RosterFiles.phone("136"), "", "", "七年级1班"}));

        ImportJob checked = importAndWait(imports, admin, school.id(), "t.csv", csv);

        assertThat(checked.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(checked.messageKey()).isEqualTo("roster.job.changes");
        assertThat(imports.errors(admin, checked.id(), 10)).extracting(ImportError::messageKey, ImportError::args)
                .containsExactly(tuple("roster.change.name", List.of("甲老师", "乙老师")),
                        tuple("roster.change.head", List.of("七年级1班", "原班主任")));
        assertThat(personState(teacher.id())).startsWith("甲老师/");
        assertThat(jdbc.sql("SELECT person_id FROM class_teacher WHERE class_id = ? AND head").param(c71.id())
                .query(Long.class).single()).isEqualTo(head.id());

        ImportJob confirmed = importAndWait(imports, admin, school.id(), "t.csv", csv, true);

        assertThat(confirmed.status()).isEqualTo(ImportStatus.DONE);
        assertThat(confirmed.updatedRows()).isOne();
        assertThat(personState(teacher.id())).startsWith("乙老师/");
        assertThat(jdbc.sql("SELECT person_id FROM class_teacher WHERE class_id = ? AND head").param(c71.id())
                .query(Long.class).single()).isEqualTo(teacher.id());
    }

    /** Name, gender, roles, school and classes taught of a person, as one comparable string. */
    private String personState(long personId) {
        return jdbc.sql("""
                SELECT p.name || '/' || p.gender || '/'
                       || (SELECT string_agg(role, ',' ORDER BY role) FROM role_grant WHERE person_id = p.id) || '/'
                       || COALESCE(p.school_id::text, '-') || '/'
                       || COALESCE((SELECT string_agg(class_id || ':' || head, ',' ORDER BY class_id)
                                    FROM class_teacher WHERE person_id = p.id), '-')
                FROM person p WHERE p.id = ?""").param(personId).query(String.class).single();
    }

    @Test
    void anAdministratorOfAnotherSchoolIsRefused() {
        School other = fixtures.aSchool().build();
        Actor otherAdmin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(other).build());
        byte[] csv = RosterFiles.csv(STUDENT_HEADER, List.<String[]>of());

        assertThatThrownBy(() -> imports.start(otherAdmin, school.id(), "x.csv", csv.length,
                new ByteArrayResource(csv), "Init-Pass1"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.forbidden"));
        ImportJob job = importAndWait(imports, admin, school.id(), "x.csv", csv);
        assertThatThrownBy(() -> imports.job(otherAdmin, job.id())).isInstanceOf(DomainException.class);
        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.messageKey()).isEqualTo("roster.file.empty");
    }

    private long count(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Long.class).single();
    }
}
