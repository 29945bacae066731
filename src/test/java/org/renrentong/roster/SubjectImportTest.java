package org.renrentong.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.renrentong.roster.ImportWaiter.importAndWait;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.ClassTeaching;
import org.renrentong.identity.ClassTeachers;
import org.renrentong.identity.People;
import org.renrentong.identity.Person;
import org.renrentong.identity.TeacherAssignments;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The teachers sheet's 任教学科 column: "班级:学科、学科" per class, all or nothing, changes of hands confirmed. */
@IntegrationTest
class SubjectImportTest {

    static final String[] HEADER = {"工号", "姓名", "性别", "手机号", "身份证号", "任教班级", "班主任班级", "任教学科"};

    @Autowired Fixtures fixtures;
    @Autowired Imports imports;
    @Autowired ClassTeachers teachers;
    @Autowired TeacherAssignments assignments;
    @Autowired JdbcClient jdbc;
    @Autowired People people;

    School school;
    Actor admin;

    @BeforeEach
    void school() {
        school = fixtures.aSchool().build();
        admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
    }

    @Test
    void subjectsPerClassMakeSubjectTeachersOfThoseClasses() {
        String a = RosterFiles.number();
        String b = RosterFiles.number();
        byte[] csv = RosterFiles.csv(HEADER, List.of(
                new String[] {a, "甲老师", "女", RosterFiles.phone("135"), "", "", "七年级1班",
                    "七年级1班:语文、道德与法治；七年级2班：14"},
                new String[] {b, "乙老师", "男", RosterFiles.phone("135"), "", "七年级2班", "", "七年级1班:数学"}));

        ImportJob job = importAndWait(imports, admin, school.id(), "教师.csv", csv);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        long c71 = classId("1班");
        long c72 = classId("2班");
        long teacherA = personId(a);
        long teacherB = personId(b);
        assertThat(teachers.subjectTeachers(c71)).extracting(ClassTeaching.SubjectTeacher::subjectName,
                        ClassTeaching.SubjectTeacher::personId)
                .containsExactly(tuple("语文", teacherA), tuple("数学", teacherB), tuple("道德与法治", teacherA));
        assertThat(teachers.subjectTeachers(c72)).extracting(ClassTeaching.SubjectTeacher::personId)
                .containsExactly(teacherA);
        assertThat(teachers.headOf(c71)).contains(teacherA);
        assertThat(actorClasses(teacherB)).containsExactlyInAnyOrder(c71, c72);
    }

    @Test
    void aBadSubjectCellRejectsTheWholeFileWithItsLineAndColumn() {
        byte[] csv = RosterFiles.csv(HEADER, List.of(
                new String[] {RosterFiles.number(), "丙老师", "女", RosterFiles.phone("135"), "", "", "",
                    "七年级1班:数学"},
                new String[] {RosterFiles.number(), "丁老师", "女", RosterFiles.phone("135"), "", "", "",
                    "七年级1班:数学"},
                new String[] {RosterFiles.number(), "戊老师", "男", RosterFiles.phone("135"), "", "", "",
                    "七年级1班 数学"},
                new String[] {RosterFiles.number(), "己老师", "男", RosterFiles.phone("135"), "", "", "",
                    "七年级1班:体操"}));

        ImportJob job = importAndWait(imports, admin, school.id(), "教师.csv", csv);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(imports.errors(admin, job.id(), 10)).extracting(ImportError::line, ImportError::field,
                        ImportError::messageKey, ImportError::args)
                .containsExactlyInAnyOrder(
                        tuple(3L, "任教学科", "roster.check.subjectTwice", List.of("2")),
                        tuple(4L, "任教学科", "roster.row.subjectsFormat", List.of("七年级1班 数学")),
                        tuple(5L, "任教学科", "roster.row.subject", List.of("体操")));
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE school_id = ?").param(school.id()).query(Long.class)
                .single()).isOne();
    }

    @Test
    void aSubjectPassingToAnotherTeacherIsListedAndTakesEffectOnceConfirmed() {
        SchoolClass c71 = fixtures.aClass().in(school).year(7).named("1班").build();
        Person before = fixtures.aPerson().teacher().at(school).named("原数学老师").build();
        assignments.assignSubject(admin, c71.id(), "14", before.id());
        String staffNo = RosterFiles.number();
        byte[] csv = RosterFiles.csv(HEADER, List.<String[]>of(
                new String[] {staffNo, "新数学老师", "女", RosterFiles.phone("135"), "", "", "", "七年级1班:数学"}));

        ImportJob checked = importAndWait(imports, admin, school.id(), "教师.csv", csv);

        assertThat(checked.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(imports.errors(admin, checked.id(), 10)).extracting(ImportError::messageKey, ImportError::args)
                .containsExactly(tuple("roster.change.subject", List.of("七年级1班", "数学", "原数学老师")));
        assertThat(teachers.teacherOf(c71.id(), "14")).contains(before.id());

        ImportJob confirmed = importAndWait(imports, admin, school.id(), "教师.csv", csv, true);

        assertThat(confirmed.status()).isEqualTo(ImportStatus.DONE);
        assertThat(teachers.teacherOf(c71.id(), "14")).contains(personId(staffNo));
        assertThat(actorClasses(before.id())).isEmpty();
    }

    private long classId(String name) {
        return jdbc.sql("SELECT c.id FROM school_class c JOIN grade g ON g.id = c.grade_id "
                        + "WHERE g.school_id = ? AND g.name = '七年级' AND c.name = ?")
                .params(school.id(), name).query(Long.class).single();
    }

    private long personId(String staffNo) {
        return jdbc.sql("SELECT id FROM person WHERE school_id = ? AND staff_no = ?").params(school.id(), staffNo)
                .query(Long.class).single();
    }

    private Set<Long> actorClasses(long personId) {
        return fixtures.actor(people.get(fixtures.platformAdmin(), personId)).classIds();
    }
}
