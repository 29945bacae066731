package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A class's head teacher and subject teachers by subject code, set by its school's administrator: each change is
 * audited, the teachers' scope follows the assignments, and wrong choices are refused with their own messages.
 */
@IntegrationTest
class ClassTeachersTest {

    @Autowired Fixtures fixtures;
    @Autowired TeacherAssignments assignments;
    @Autowired ClassTeachers teachers;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @Test
    void theAdministratorSetsHeadAndSubjectTeachersAndTheirClassesFollow() {
        School school = fixtures.aSchool().build();
        SchoolClass c1 = fixtures.aClass().in(school).build();
        SchoolClass c2 = fixtures.aClass().in(school).build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        Person maths = fixtures.aPerson().teacher().at(school).named("数学老师" + Fixtures.unique()).build();
        Person chinese = fixtures.aPerson().teacher().at(school).named("语文老师" + Fixtures.unique()).build();

        assignments.assignSubject(admin, c1.id(), "14", maths.id());
        assignments.assignSubject(admin, c1.id(), "语文", chinese.id());
        assignments.assignSubject(admin, c1.id(), "30", chinese.id());
        assignments.setHead(admin, c1.id(), chinese.id());

        ClassTeaching teaching = teachers.ofClass(admin, c1.id());
        assertThat(teaching.head().personId()).isEqualTo(chinese.id());
        assertThat(teaching.subjects()).extracting(ClassTeaching.SubjectTeacher::subject,
                        ClassTeaching.SubjectTeacher::subjectName, ClassTeaching.SubjectTeacher::personId)
                .containsExactly(tuple("13", "语文", chinese.id()), tuple("14", "数学", maths.id()),
                        tuple("30", "道德与法治", chinese.id()));
        assertThat(teachers.taughtBy(chinese.id())).extracting(ClassTeaching.TaughtSubject::classId,
                ClassTeaching.TaughtSubject::subject).containsExactly(tuple(c1.id(), "13"), tuple(c1.id(), "30"));
        assertThat(teachers.teacherOf(c1.id(), "14")).contains(maths.id());
        assertThat(fixtures.actor(maths).classIds()).containsExactly(c1.id());
        assertThat(audited(c1.id())).containsExactly("SUBJECT_TEACHER_ASSIGNED", "SUBJECT_TEACHER_ASSIGNED",
                "SUBJECT_TEACHER_ASSIGNED", "HEAD_TEACHER_SET");

        // maths passes to the other teacher: the first one no longer teaches the class
        assignments.assignSubject(admin, c1.id(), "14", chinese.id());
        assertThat(fixtures.actor(maths).classIds()).isEmpty();
        assignments.assignSubject(admin, c2.id(), "14", maths.id());
        assertThat(fixtures.actor(maths).classIds()).containsExactly(c2.id());

        // removing the head teacher keeps them as the subject teacher they still are; removing the rest takes them off
        assignments.removeHead(admin, c1.id());
        assertThat(fixtures.actor(chinese).classIds()).containsExactly(c1.id());
        for (String subject : new String[] {"13", "14", "30"}) {
            assignments.removeSubject(admin, c1.id(), subject);
        }
        assertThat(fixtures.actor(chinese).classIds()).isEmpty();
        assertThat(teachers.ofClass(admin, c1.id()).head()).isNull();
        assertThat(audited(c1.id())).endsWith("HEAD_TEACHER_REMOVED", "SUBJECT_TEACHER_REMOVED",
                "SUBJECT_TEACHER_REMOVED", "SUBJECT_TEACHER_REMOVED");

        // taking a teacher off the class takes their head teacher role and subjects there with them
        assignments.assignSubject(admin, c2.id(), "30", maths.id());
        assignments.setHead(admin, c2.id(), maths.id());
        assignments.removeTeacher(admin, c2.id(), maths.id());
        assertThat(fixtures.actor(maths).classIds()).isEmpty();
        assertThat(teachers.subjectTeachers(c2.id())).isEmpty();
        assertThat(teachers.headOf(c2.id())).isEmpty();
        assertRefused(() -> assignments.removeTeacher(admin, c2.id(), maths.id()), "teaching.teacher.notInClass");
    }

    @Test
    void wrongChoicesAreRefusedWithTheirOwnMessagesAndChangeNothing() {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        Person head = fixtures.aPerson().teacher().at(school).named("班主任" + Fixtures.unique()).build();
        Person second = fixtures.aPerson().teacher().at(school).build();
        Person elsewhere = fixtures.aPerson().teacher().build();
        Person student = fixtures.aPerson().student().in(c).build();
        assignments.setHead(admin, c.id(), head.id());

        assertRefused(() -> assignments.setHead(admin, c.id(), second.id()), "teaching.head.taken");
        assertRefused(() -> people.assignTeacher(admin, second.id(), c.id(), null, true), "teaching.head.taken");
        assertRefused(() -> assignments.assignSubject(admin, c.id(), "14", elsewhere.id()),
                "person.teacher.otherSchool");
        assertRefused(() -> assignments.assignSubject(admin, c.id(), "14", student.id()),
                "person.teacher.notTeacher");
        assertRefused(() -> assignments.assignSubject(admin, c.id(), "体操", second.id()), "teaching.subject.unknown");
        // a retired code names older records but takes no new assignments
        assertRefused(() -> assignments.assignSubject(admin, c.id(), "18", second.id()), "teaching.subject.unknown");
        assertRefused(() -> assignments.removeSubject(admin, c.id(), "14"), "teaching.subject.notAssigned");

        assertThat(teachers.ofClass(admin, c.id()).head().name()).isEqualTo(head.name());
        assertThat(teachers.subjectTeachers(c.id())).isEmpty();
        assertThat(fixtures.actor(second).classIds()).isEmpty();
    }

    @Test
    void onlyTheSchoolsAdministratorsAssignAndOnlyMembersSee() {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        SchoolClass other = fixtures.aClass().in(school).build();
        Person teacher = fixtures.aPerson().teacher().at(school).build();
        Actor otherAdmin = fixtures.actor(fixtures.aPerson().schoolAdmin().build());
        assignments.assignSubject(fixtures.platformAdmin(), c.id(), "14", teacher.id());
        Actor actor = fixtures.actor(teacher);

        assertThat(teachers.ofClass(actor, c.id()).subjects()).hasSize(1);
        assertForbidden(() -> teachers.ofClass(actor, other.id()));
        assertForbidden(() -> assignments.assignSubject(actor, c.id(), "41", teacher.id()));
        assertForbidden(() -> assignments.setHead(otherAdmin, c.id(), teacher.id()));
        assertThat(teachers.mayAssign(actor, c.id())).isFalse();
    }

    private List<String> audited(long classId) {
        return jdbc.sql("""
                SELECT action FROM audit_event WHERE target_type = 'class' AND target_id = ? AND action LIKE '%TEACHER%'
                ORDER BY id""")
                .param(String.valueOf(classId)).query(String.class).list();
    }

    private static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private static void assertForbidden(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }
}
