package org.renrentong.classroom.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.classroom.closure.ClosuresTest.assertRefused;
import static org.renrentong.classroom.closure.ClosuresTest.forbidden;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.classroom.calendar.DayOff;
import org.renrentong.classroom.calendar.SchoolCalendars;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.classroom.calendar.Term;
import org.renrentong.classroom.homework.Homework;
import org.renrentong.classroom.timetable.BellSchedule;
import org.renrentong.classroom.timetable.Timetables;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.region.Region;
import org.renrentong.region.RegionData;
import org.renrentong.resource.Resource;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.testing.ClosureBuilder;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.HomeworkFixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.renrentong.testing.TermBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The online schedule during a closure: teachers' links, students' openings, and the figures per school and day. */
@IntegrationTest
class OnlineSchedulesTest {

    @Autowired Fixtures fixtures;
    @Autowired ClosureBuilder closures;
    @Autowired OnlineSchedules schedules;
    @Autowired ClosureFigures figures;
    @Autowired RegionData regionData;
    @Autowired HomeworkFixtures homework;
    @Autowired ResourceFixtures resources;
    @Autowired TermBuilder terms;
    @Autowired Timetables timetables;
    @Autowired SchoolCalendars calendars;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private final LocalDate today = TeachingWeeks.today();

    @Test
    void aTeacherLinksAPeriodAndAStudentOpensItFromTheSchedule() {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        Actor student = fixtures.actor(fixtures.aPerson().student().in(c).build());
        Resource resource = resources.publish(resources.aResource(teacher).at(resources.lesson("2", "14")).build(),
                teacher, fixtures.platformAdmin());

        assertThat(schedules.day(student, c.id(), today).closure()).isNull();
        assertRefused(() -> schedules.setLesson(teacher, c.id(), today, 1, "https://live.example.cn/1", List.of(),
                null),
                "closure.schedule.none");

        closures.aClosure().of(school).build();
        schedules.setLesson(teacher, c.id(), today, 2, "https://live.example.cn/math", List.of(resource.id()), null);

        OnlineSchedule day = schedules.day(student, c.id(), today);
        assertThat(day.studies()).isTrue();
        OnlineSchedule.OnlinePeriod second = day.periods().get(1);
        assertThat(second.liveUrl()).isEqualTo("https://live.example.cn/math");
        assertThat(second.resources()).extracting(OnlineSchedule.LessonResource::title).containsExactly(resource.title());
        assertThat(day.periods().get(0).ready()).isFalse();

        assertThat(schedules.open(student, c.id(), today, 2).liveUrl()).isEqualTo("https://live.example.cn/math");
        schedules.open(student, c.id(), today, 2);
        assertThat(figures.report(fixtures.platformAdmin(), day.closure().id()).units().get(0).days().get(0).opened())
                .isEqualTo(1);
    }

    @Test
    void aPeriodWithASubjectInTheTimetableLeadsToTheLibrarysResourcesOfThatSubject() {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Actor student = fixtures.actor(fixtures.aPerson().student().in(c).build());
        Actor admin = fixtures.platformAdmin();
        Term term = terms.aTerm().at(school).build();
        // every day of the week is a school day, so that today has its lessons whatever day it is
        timetables.setSchedule(admin, school.id(), 7, BellSchedule.DEFAULT.periods());
        timetables.setLesson(admin, c.id(), term.id(), today.getDayOfWeek().getValue(), 1, "14", null);
        closures.aClosure().of(school).build();

        List<OnlineSchedule.OnlinePeriod> periods = schedules.day(student, c.id(), today).periods();
        assertThat(periods.get(0).subjectCode()).isEqualTo("14");
        assertThat(periods.get(0).subjectName()).isEqualTo("数学");
        assertThat(periods.get(0).ready()).isTrue();
        assertThat(periods.get(1).ready()).isFalse();
        assertThat(schedules.open(student, c.id(), today, 1).subjectCode()).isEqualTo("14");
    }

    @Test
    void aSaturdayMakeUpDayFollowingMondayIsTaughtOnlineWithMondaysLessons() {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Actor student = fixtures.actor(fixtures.aPerson().student().in(c).build());
        Actor admin = fixtures.platformAdmin();
        Term term = terms.aTerm().at(school).build();
        timetables.setSchedule(admin, school.id(), 5, BellSchedule.DEFAULT.periods());
        timetables.setLesson(admin, c.id(), term.id(), 1, 1, "14", null);
        LocalDate saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        closures.aClosure().of(school).from(saturday).to(saturday).build();
        assertThat(schedules.day(student, c.id(), saturday).periods().get(0).subjectName()).isNull();

        calendars.addDayOff(admin, term.id(), "调休", saturday, saturday, DayOff.Kind.WORKDAY, DayOfWeek.MONDAY);

        OnlineSchedule.OnlinePeriod first = schedules.day(student, c.id(), saturday).periods().get(0);
        assertThat(first.subjectName()).isEqualTo("数学");
        assertThat(first.ready()).isTrue();
    }

    @Test
    void aTeacherPointsAPeriodAtANodeOfTheTextbookTreeOfItsSubject() throws Exception {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Person teacherPerson = fixtures.aPerson().teacher().teaching(c).build();
        Actor teacher = fixtures.actor(teacherPerson);
        Person studentPerson = fixtures.aPerson().student().in(c).build();
        fixtures.passwordChanged(studentPerson);
        Actor admin = fixtures.platformAdmin();
        Term term = terms.aTerm().at(school).build();
        timetables.setSchedule(admin, school.id(), 7, BellSchedule.DEFAULT.periods());
        timetables.setLesson(admin, c.id(), term.id(), today.getDayOfWeek().getValue(), 1, "14", null);
        closures.aClosure().of(school).build();
        TreeNode math = resources.lesson("2", "14");
        TreeNode chinese = resources.lesson("2", "13");

        assertRefused(() -> schedules.setLesson(teacher, c.id(), today, 1, null, List.of(), chinese.id()),
                "closure.lesson.node.otherSubject");
        assertRefused(() -> schedules.setLesson(teacher, c.id(), today, 1, null, List.of(), Long.MAX_VALUE),
                "closure.lesson.node.unknown");
        schedules.setLesson(teacher, c.id(), today, 1, null, List.of(), math.id());
        // a period without a subject in the timetable may point anywhere in the tree
        schedules.setLesson(teacher, c.id(), today, 2, null, List.of(), chinese.id());

        List<OnlineSchedule.OnlinePeriod> periods = schedules.day(fixtures.actor(studentPerson), c.id(), today)
                .periods();
        assertThat(periods.get(0).textbookNode().id()).isEqualTo(math.id());
        assertThat(periods.get(0).textbookNode().label()).contains("数学", math.name());
        assertThat(periods.get(1).textbookNode().libraryPath()).isEqualTo("/resources/search?placeId=" + chinese.id());
        assertThat(periods.get(1).ready()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CLOSURE_LESSON_SET' AND target_id = ?")
                .param(String.valueOf(c.id())).query(Long.class).single()).isEqualTo(2);
        mvc.perform(get("/api/v1/closures/classes/{id}/schedule", c.id()).with(as(studentPerson)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods[0].textbookNode.id").value(math.id()))
                .andExpect(jsonPath("$.periods[0].textbookNode.libraryPath")
                        .value("/resources/search?placeId=" + math.id()));

        // setting the period again without a node clears it
        schedules.setLesson(teacher, c.id(), today, 1, null, List.of(), null);
        assertThat(schedules.day(teacher, c.id(), today).periods().get(0).textbookNode()).isNull();
    }

    @Test
    void badLinksAndOutsidersAreRefused() {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        SchoolClass other = fixtures.aClass().in(school).build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        Actor student = fixtures.actor(fixtures.aPerson().student().in(c).build());
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        closures.aClosure().of(school).build();

        assertRefused(() -> schedules.setLesson(teacher, c.id(), today, 1, "http://live.example.cn/1", List.of(), null),
                "closure.lesson.url.invalid");
        assertRefused(() -> schedules.setLesson(teacher, c.id(), today, 1, "javascript:alert(1)", List.of(), null),
                "closure.lesson.url.invalid");
        assertRefused(() -> schedules.setLesson(teacher, c.id(), today, 99, null, List.of(), null),
                "closure.period.unknown");
        assertRefused(() -> schedules.setLesson(teacher, c.id(), today, 1, null, List.of(Long.MAX_VALUE), null),
                "closure.lesson.resource.unknown");
        assertRefused(() -> schedules.open(student, c.id(), today.plusDays(5), 1), "closure.schedule.none");
        // teachers set links only for the classes they teach; only the class's students open its lessons
        forbidden(() -> schedules.setLesson(teacher, other.id(), today, 1, null, List.of(), null));
        forbidden(() -> schedules.setLesson(admin, c.id(), today, 1, null, List.of(), null));
        forbidden(() -> schedules.open(teacher, c.id(), today, 1));
        forbidden(() -> schedules.day(fixtures.actor(fixtures.aPerson().student().in(other).build()), c.id(), today));
    }

    @Test
    void theFiguresGivePerSchoolAndDayTheSharesThatOpenedAndHandedIn() {
        Region county = regionData.newCounty(fixtures.platformAdmin(), "130100");
        School first = fixtures.aSchool().inCounty(county.code()).named("一中" + Fixtures.unique()).build();
        School second = fixtures.aSchool().inCounty(county.code()).named("二中" + Fixtures.unique()).build();
        SchoolClass a = fixtures.aClass().in(first).build();
        SchoolClass b = fixtures.aClass().in(first).build();
        SchoolClass c = fixtures.aClass().in(second).build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(a).build());
        Person opener = fixtures.aPerson().student().in(a).build();
        fixtures.aPerson().student().in(a).build(); // opens nothing, hands in nothing
        Person classmateB = fixtures.aPerson().student().in(b).build();
        fixtures.aPerson().student().in(c).build();
        Homework due = homework.aHomework(teacher).to(a).dueIn(Duration.ofMinutes(30)).build();
        LocalDate dueDay = due.dueAt().atZone(TeachingWeeks.ZONE).toLocalDate();
        Closure closure = closures.aClosure().ofRegion(county.code()).from(today).to(dueDay.plusDays(1)).build();

        schedules.open(fixtures.actor(opener), a.id(), today, 1);
        schedules.open(fixtures.actor(opener), a.id(), today, 3);
        schedules.open(fixtures.actor(classmateB), b.id(), today, 1);
        homework.submitPhoto(fixtures.actor(opener), due);

        Actor countyAdmin = fixtures.actor(fixtures.aPerson().regionAdmin(county.code()).build());
        ClosureReport report = figures.report(countyAdmin, closure.id());
        assertThat(report.perClass()).isFalse();
        assertThat(report.units()).extracting(ClosureReport.UnitFigures::name)
                .containsExactly(first.name(), second.name());
        ClosureReport.DayFigures firstToday = report.units().get(0).days().get(0);
        assertThat(report.units().get(0).students()).isEqualTo(3);
        assertThat(firstToday.opened()).isEqualTo(2);
        assertThat(firstToday.openedShare()).isEqualTo(0.667);
        ClosureReport.DayFigures firstDue = report.units().get(0).days().get(report.days().indexOf(dueDay));
        assertThat(firstDue.homeworkDue()).isEqualTo(2);
        assertThat(firstDue.handedIn()).isEqualTo(1);
        assertThat(firstDue.handedInShare()).isEqualTo(0.5);
        ClosureReport.DayFigures secondToday = report.units().get(1).days().get(0);
        assertThat(secondToday.opened()).isZero();
        assertThat(secondToday.openedShare()).isEqualTo(0.0);
        assertThat(secondToday.handedInShare()).isNull();

        // the first school's administrator sees the same day per class of their own school only
        Actor schoolAdmin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(first).build());
        ClosureReport perClass = figures.report(schoolAdmin, closure.id());
        assertThat(perClass.perClass()).isTrue();
        assertThat(perClass.units()).extracting(ClosureReport.UnitFigures::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(perClass.units()).filteredOn(u -> u.id() == a.id()).first()
                .satisfies(u -> assertThat(u.days().get(0).openedShare()).isEqualTo(0.5));
    }
}
