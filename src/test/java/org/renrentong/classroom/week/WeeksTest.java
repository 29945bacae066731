package org.renrentong.classroom.week;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.classroom.calendar.DayOff;
import org.renrentong.classroom.calendar.SchoolCalendars;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.classroom.calendar.Term;
import org.renrentong.classroom.homework.Grading;
import org.renrentong.classroom.homework.Homework;
import org.renrentong.classroom.homework.HomeworkItem;
import org.renrentong.classroom.homework.Level;
import org.renrentong.classroom.homework.SubmissionStatus;
import org.renrentong.classroom.quiz.Attempts;
import org.renrentong.classroom.quiz.Item;
import org.renrentong.classroom.quiz.Quiz;
import org.renrentong.classroom.timetable.BellSchedule;
import org.renrentong.classroom.timetable.Timetables;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.space.ClassNotices;
import org.renrentong.space.NoticeAsk;
import org.renrentong.space.NoticeAudience;
import org.renrentong.space.NoticeDetails;
import org.renrentong.space.NoticeLine;
import org.renrentong.space.PostKind;
import org.renrentong.space.Posts;
import org.renrentong.space.SpaceKind;
import org.renrentong.space.Spaces;
import org.renrentong.space.Visibility;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.GuardianBuilder;
import org.renrentong.testing.HomeworkFixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.QuizFixtures;
import org.renrentong.testing.TermBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A guardian of two children at two schools reads each child's week — lessons, homework, grades with comments, quiz
 * scores, notices — and nobody else's; a student reads their own week on their home.
 */
@IntegrationTest
class WeeksTest {

    @Autowired Fixtures fixtures;
    @Autowired HomeworkFixtures homework;
    @Autowired QuizFixtures quizFixtures;
    @Autowired TermBuilder terms;
    @Autowired Timetables timetables;
    @Autowired Grading grading;
    @Autowired Attempts attempts;
    @Autowired Posts posts;
    @Autowired Spaces spaces;
    @Autowired ClassNotices classNotices;
    @Autowired Weeks weeks;
    @Autowired SchoolCalendars calendars;
    @Autowired MockMvc mvc;

    @Test
    void aGuardianOfTwoChildrenAtTwoSchoolsSeesEachChildsWeek() throws Exception {
        Family f = new Family();

        List<StudentWeek> both = weeks.ofChildren(f.guardian());

        assertThat(both).extracting(w -> w.student().name()).containsExactlyInAnyOrder("甲同学" + f.n, "乙同学" + f.n);
        StudentWeek first = both.stream().filter(w -> w.student().childId() == f.first.id()).findFirst().orElseThrow();
        StudentWeek second = both.stream().filter(w -> w.student().childId() == f.second.id()).findFirst().orElseThrow();
        assertThat(first.student().schoolName()).isEqualTo(f.schoolA.name());
        assertThat(second.student().schoolName()).isEqualTo(f.schoolB.name());
        assertThat(first.teachingWeek()).matches("第 \\d+ 教学周|Teaching week \\d+");
        assertThat(first.todaysLessons()).extracting(l -> l.subjectName()).containsExactly("语文");
        assertThat(first.homeworkDue()).extracting(HomeworkItem::title).containsExactly(f.graded.title());
        assertThat(first.grades()).singleElement().satisfies(g -> {
            assertThat(g.status()).isEqualTo(SubmissionStatus.GRADED);
            assertThat(g.level()).isEqualTo(Level.GOOD);
            assertThat(g.comment()).isEqualTo("字迹工整");
        });
        assertThat(first.quizScores()).extracting(q -> q.id()).containsExactly(f.quiz.id());
        assertThat(first.notices()).singleElement().satisfies(n -> {
            assertThat(n.ask()).isEqualTo(NoticeAsk.CONFIRM);
            assertThat(n.read()).isFalse();
            assertThat(n.toAnswer()).isTrue();
        });
        assertThat(second.homeworkDue()).singleElement().satisfies(h -> {
            assertThat(h.title()).isEqualTo(f.todo.title());
            assertThat(h.status()).isEqualTo(SubmissionStatus.TODO);
        });
        assertThat(second.grades()).isEmpty();
        assertThat(second.notices()).isEmpty();

        // answering the 回执 shows on the week at once
        classNotices.answer(f.guardian(), f.notice, null);
        NoticeLine answered = weeks.ofChild(f.guardian(), f.first.id(), null).notices().get(0);
        assertThat(answered.read()).isTrue();
        assertThat(answered.toAnswer()).isFalse();
    }

    @Test
    void theChildrenAndTheirWeeksAsJsonAndPages() throws Exception {
        Family f = new Family();

        mvc.perform(get("/api/v1/children").with(as(f.guardianPerson)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲同学" + f.n)))
                .andExpect(content().string(containsString("乙同学" + f.n)));
        mvc.perform(get("/api/v1/children/{id}/week", f.first.id()).with(as(f.guardianPerson)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("字迹工整")))
                .andExpect(content().string(not(containsString(f.todo.title()))));
        mvc.perform(get("/children").with(as(f.guardianPerson)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(f.graded.title())))
                .andExpect(content().string(containsString(f.todo.title())))
                .andExpect(content().string(containsString("字迹工整")));
        mvc.perform(get("/children/{id}", f.second.id()).with(as(f.guardianPerson)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(f.todo.title())))
                .andExpect(content().string(not(containsString(f.graded.title()))));
        mvc.perform(get("/home").with(as(f.guardianPerson))).andExpect(redirectedUrl("/children"));
    }

    @Test
    void anotherGuardianTheChildsTeacherAndTheChildAreRefusedTheChildsWeek() throws Exception {
        Family f = new Family();
        Person stranger = fixtures.aPerson().guardianOf(fixtures.aPerson().student().in(f.classA).build()).build();
        fixtures.passwordChanged(stranger);

        assertThatThrownBy(() -> weeks.ofChild(fixtures.actor(stranger), f.first.id(), null))
                .hasMessage("error.forbidden");
        assertThat(weeks.ofChildren(fixtures.actor(stranger))).singleElement()
                .satisfies(w -> assertThat(w.homeworkDue()).extracting(HomeworkItem::title)
                        .doesNotContain(f.todo.title()));
        for (Person refused : List.of(stranger, f.teacherPerson, f.first)) {
            mvc.perform(get("/api/v1/children/{id}/week", f.first.id()).with(as(refused)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/children/{id}", f.first.id()).with(as(refused))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/children").with(as(f.teacherPerson))).andExpect(status().isForbidden());
    }

    @Test
    void aStudentReadsTheirWeekOnTheirHome() throws Exception {
        Family f = new Family();
        Item item = quizFixtures.anItem(f.teacher).build();
        Quiz open = quizFixtures.aQuiz(f.teacher).with(item, 2).forClass(f.classA).titled("开放测验" + f.n).build();

        StudentWeek mine = weeks.mine(fixtures.actor(f.first));

        assertThat(mine.student().className()).isEqualTo(f.classA.fullName());
        assertThat(mine.todaysLessons()).extracting(l -> l.subjectName()).containsExactly("语文");
        assertThat(mine.homeworkDue()).extracting(HomeworkItem::title).containsExactly(f.graded.title());
        assertThat(mine.openQuizzes()).extracting(q -> q.id()).containsExactly(open.id());
        assertThat(mine.notices()).singleElement().satisfies(n -> assertThat(n.addressed()).isFalse());
        long own = spaces.idOf(SpaceKind.PERSONAL, f.first.id()).orElseThrow();
        mvc.perform(get("/spaces/{id}", own).with(as(f.first))).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/week/card\"")));
        mvc.perform(get("/week/card").with(as(f.first))).andExpect(status().isOk())
                .andExpect(content().string(containsString("开放测验" + f.n)))
                .andExpect(content().string(containsString("/quizzes/" + open.id() + "/take")));
        assertThatThrownBy(() -> weeks.mine(f.guardian())).hasMessage("error.forbidden");
    }

    /**
     * Two children at two schools with one guardian: the first's class has a lesson today, a term, a homework due
     * this week handed in and graded with a comment, a marked quiz and a notice asking the guardians for a 回执;
     * the second's class a homework due this week not handed in yet.
     */
    @Test
    void aPrivateClassSpaceIsNotOfferedToTheGuardian() {
        Family f = new Family();
        long space = spaces.idOf(SpaceKind.CLASS, f.classA.id()).orElseThrow();
        assertThat(spaceOfFirst(f)).isEqualTo(space);

        spaces.update(fixtures.platformAdmin(), space, "", Visibility.PRIVATE);

        assertThat(spaceOfFirst(f)).isNull();
    }

    @Test
    void aSaturdayMakeUpDayFollowingMondayShowsMondaysLessons() throws Exception {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Person child = fixtures.aPerson().student().in(c).build();
        Person guardian = new GuardianBuilder(fixtures).of(child).build();
        fixtures.passwordChanged(guardian);
        Actor admin = fixtures.platformAdmin();
        Term term = terms.aTerm().at(school).build();
        timetables.setSchedule(admin, school.id(), 5, BellSchedule.DEFAULT.periods());
        timetables.setLesson(admin, c.id(), term.id(), 1, 1, "14", null);
        LocalDate saturday = TeachingWeeks.today().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));

        assertThat(weeks.ofChild(fixtures.actor(guardian), child.id(), saturday).todaysLessons()).isEmpty();
        calendars.addDayOff(admin, term.id(), "调休", saturday, saturday, DayOff.Kind.WORKDAY, DayOfWeek.MONDAY);

        mvc.perform(get("/api/v1/children/{id}/week", child.id()).param("date", saturday.toString())
                        .with(as(guardian)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.todaysLessons[0].subjectName").value("数学"))
                .andExpect(jsonPath("$.todaysLessons[0].day").value(1));
    }

    private Long spaceOfFirst(Family f) {
        return weeks.ofChildren(f.guardian()).stream().filter(w -> w.student().childId() == f.first.id())
                .findFirst().orElseThrow().student().spaceId();
    }

    private final class Family {
        final long n = Fixtures.unique();
        final School schoolA = fixtures.aSchool().build();
        final School schoolB = fixtures.aSchool().build();
        final SchoolClass classA = fixtures.aClass().in(schoolA).build();
        final SchoolClass classB = fixtures.aClass().in(schoolB).build();
        final Person teacherPerson = fixtures.aPerson().teacher().teaching(classA).build();
        final Actor teacher = fixtures.actor(teacherPerson);
        final Actor teacherB = fixtures.actor(fixtures.aPerson().teacher().teaching(classB).build());
        final Person first = fixtures.aPerson().student().in(classA).named("甲同学" + n).build();
        final Person second = fixtures.aPerson().student().in(classB).named("乙同学" + n).build();
        final Person guardianPerson = new GuardianBuilder(fixtures).of(first, second).build();
        final Homework graded = homework.aHomework(teacher).to(classA).titled("口算练习" + n).build();
        final Homework todo = homework.aHomework(teacherB).to(classB).titled("背诵课文" + n).build();
        final Quiz quiz;
        final long notice;

        Family() {
            Actor admin = fixtures.platformAdmin();
            // signed in over HTTP below: past their initial passwords
            List.of(guardianPerson, teacherPerson, first).forEach(fixtures::passwordChanged);
            Term term = terms.aTerm().at(schoolA).build();
            timetables.setSchedule(admin, schoolA.id(), 7, BellSchedule.DEFAULT.periods());
            int today = TeachingWeeks.today().getDayOfWeek().getValue();
            timetables.setLesson(admin, classA.id(), term.id(), today, 2, "13", teacherPerson.id());

            homework.submitPhoto(fixtures.actor(first), graded);
            grading.grade(teacher, homework.submissionOf(graded, first.id()), null, Level.GOOD, "字迹工整");
            homework.dueThisWeek(graded);
            homework.dueThisWeek(todo);

            Item item = quizFixtures.anItem(teacher).build();
            quiz = quizFixtures.aQuiz(teacher).with(item, 2).forClass(classA).build();
            attempts.start(fixtures.actor(first), quiz.id());
            attempts.handIn(fixtures.actor(first), quiz.id());

            long space = spaces.idOf(SpaceKind.CLASS, classA.id()).orElseThrow();
            notice = posts.create(teacher, space, PostKind.NOTICE, "周五开家长会" + n, List.of(),
                    new NoticeDetails(NoticeAudience.GUARDIANS, NoticeAsk.CONFIRM, List.of(), null)).id();
        }

        Actor guardian() {
            return fixtures.actor(guardianPerson);
        }
    }
}
