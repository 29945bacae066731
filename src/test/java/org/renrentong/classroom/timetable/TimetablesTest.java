package org.renrentong.classroom.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.classroom.calendar.Term;
import org.renrentong.identity.Actor;
import org.renrentong.identity.People;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TermBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/** Who edits and reads a class's timetable, and the rules of one cell. */
@IntegrationTest
class TimetablesTest {

    private static final String MATHS = "14";
    private static final String CHINESE = "13";

    @Autowired Fixtures fixtures;
    @Autowired TermBuilder terms;
    @Autowired Timetables timetables;
    @Autowired People people;

    private School school;
    private SchoolClass one;
    private SchoolClass two;
    private Term term;
    private Person head;
    private Person subjectTeacher;
    private Actor admin;

    @BeforeEach
    void school() {
        school = fixtures.aSchool().build();
        one = fixtures.aClass().in(school).build();
        two = fixtures.aClass().in(school).build();
        term = terms.aTerm().at(school).build();
        head = fixtures.aPerson().teacher().teaching(one).build();
        people.assignTeacher(fixtures.platformAdmin(), head.id(), one.id(), CHINESE, true);
        subjectTeacher = fixtures.aPerson().teacher().teaching(one).build();
        admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
    }

    @Test
    void theSchoolAdministratorAndTheHeadTeacherEditOthersRead() {
        timetables.setLesson(admin, one.id(), term.id(), 1, 1, MATHS, subjectTeacher.id());
        timetables.setLesson(fixtures.actor(head), one.id(), term.id(), 1, 2, CHINESE, head.id());

        forbidden(() -> timetables.setLesson(fixtures.actor(subjectTeacher), one.id(), term.id(), 1, 3, MATHS, null));
        forbidden(() -> timetables.setLesson(fixtures.actor(head), two.id(), term.id(), 1, 3, MATHS, null));
        School other = fixtures.aSchool().build();
        forbidden(() -> timetables.setLesson(fixtures.actor(fixtures.aPerson().schoolAdmin().at(other).build()),
                one.id(), term.id(), 1, 3, MATHS, null));

        Person student = fixtures.aPerson().student().in(one).build();
        Person guardian = fixtures.aPerson().guardianOf(student).build();
        for (Actor reader : List.of(fixtures.actor(student), fixtures.actor(guardian), fixtures.actor(subjectTeacher))) {
            TimetableView week = timetables.ofClass(reader, one.id(), null);
            assertThat(week.term()).isEqualTo(term);
            assertThat(week.at(1, 1).subjectName()).isEqualTo("数学");
            assertThat(week.at(1, 1).teacherName()).isEqualTo(subjectTeacher.name());
            assertThat(week.at(1, 2).subjectCode()).isEqualTo(CHINESE);
            assertThat(week.editable()).isFalse();
        }
        assertThat(timetables.ofClass(fixtures.actor(head), one.id(), null).editable()).isTrue();
        forbidden(() -> timetables.ofClass(fixtures.actor(fixtures.aPerson().student().in(two).build()), one.id(), null));
        assertThat(timetables.card(fixtures.actor(fixtures.aPerson().student().in(two).build()), one.id())).isEmpty();

        timetables.clearLesson(admin, one.id(), term.id(), 1, 2);
        assertThat(timetables.ofClass(admin, one.id(), term.id()).at(1, 2)).isNull();
    }

    @Test
    void aTeacherIsInOneClassAtATimeAndOfTheSchool() {
        timetables.setLesson(admin, one.id(), term.id(), 2, 3, MATHS, subjectTeacher.id());
        assertThatThrownBy(() -> timetables.setLesson(admin, two.id(), term.id(), 2, 3, MATHS, subjectTeacher.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("classroom.timetable.teacher.busy");
                    assertThat(e.args()).containsExactly(one.fullName());
                });
        Person stranger = fixtures.aPerson().teacher().build();
        invalid(() -> timetables.setLesson(admin, two.id(), term.id(), 2, 4, MATHS, stranger.id()),
                "classroom.timetable.teacher.notOfSchool");
        invalid(() -> timetables.setLesson(admin, two.id(), term.id(), 6, 1, MATHS, null),
                "classroom.timetable.day.unknown");
        invalid(() -> timetables.setLesson(admin, two.id(), term.id(), 1, 8, MATHS, null),
                "classroom.timetable.period.unknown");
        invalid(() -> timetables.setLesson(admin, two.id(), term.id(), 1, 1, "99", null),
                "classroom.timetable.subject.unknown");
        Term elsewhere = terms.aTerm().at(fixtures.aSchool().build()).build();
        invalid(() -> timetables.setLesson(admin, two.id(), elsewhere.id(), 1, 1, MATHS, null),
                "classroom.timetable.term.unknown");

        // the same teacher in the other class at another time: their own week shows both
        timetables.setLesson(admin, two.id(), term.id(), 2, 4, CHINESE, subjectTeacher.id());
        TimetableView mine = timetables.mine(fixtures.actor(subjectTeacher), null);
        assertThat(mine.lessons()).extracting(Lesson::className).containsExactly(one.fullName(), two.fullName());
        forbidden(() -> timetables.mine(admin, null));
    }

    @Test
    void theBellScheduleSetsTheDaysAndPeriods() {
        timetables.setSchedule(admin, school.id(), 6, BellSchedule.parseLines("7:50-8:35\n\n08:45-09:30\n"));
        timetables.setLesson(admin, one.id(), term.id(), 6, 2, MATHS, null);
        assertThat(timetables.ofClass(admin, one.id(), null).schedule().periodLines())
                .isEqualTo("07:50-08:35\n08:45-09:30");
        assertThatThrownBy(() -> timetables.setSchedule(admin, school.id(), 5, BellSchedule.DEFAULT.periods()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("classroom.timetable.schedule.lessonsBeyond"));
        invalid(() -> BellSchedule.parseLines("08:00-08:45\n8点-9点"), "classroom.timetable.schedule.times");
        invalid(() -> timetables.setSchedule(admin, school.id(), 6, BellSchedule.parseLines("09:00-09:45\n08:00-08:45")),
                "classroom.timetable.schedule.order");
        forbidden(() -> timetables.setSchedule(fixtures.actor(head), school.id(), 6, BellSchedule.DEFAULT.periods()));
    }

    private static void forbidden(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status().value()).isEqualTo(403));
    }

    private static void invalid(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
