package org.renrentong.classroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.classroom.calendar.Term;
import org.renrentong.classroom.timetable.BellSchedule;
import org.renrentong.classroom.timetable.Timetables;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.region.Region;
import org.renrentong.region.RegionData;
import org.renrentong.taxonomy.NodeLevel;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TermBuilder;
import org.renrentong.testing.TreeBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main journey of a closure, in Chromium on a phone-sized screen: a county administrator switches a school into
 * a closure, the teacher links a period to a live class and to a lesson of the textbook tree, a student opens the
 * lesson from the online schedule and finds the way to the library's resources of that lesson, and the
 * administrator sees the school's share for the day.
 */
@IntegrationTest
class ClosureBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired RegionData regionData;
    @Autowired TermBuilder terms;
    @Autowired Timetables timetables;
    @Autowired TreeBuilder trees;

    @Test
    void aCountyAdministratorSwitchesASchoolAStudentOpensALessonAndTheShareShows() {
        Region county = regionData.newCounty(fixtures.platformAdmin(), "130100");
        School school = fixtures.aSchool().inCounty(county.code()).build();
        SchoolClass schoolClass = fixtures.aClass().in(school).build();
        Person teacher = ready(fixtures.aPerson().teacher().teaching(schoolClass).build());
        Person student = ready(fixtures.aPerson().student().in(schoolClass).build());
        Person admin = ready(fixtures.aPerson().regionAdmin(county.code()).build());
        LocalDate today = TeachingWeeks.today();
        // the first period of today is 数学, whose textbook has a lesson 第2课 in 第三单元
        Term term = terms.aTerm().at(school).build();
        timetables.setSchedule(fixtures.platformAdmin(), school.id(), 7, BellSchedule.DEFAULT.periods());
        timetables.setLesson(fixtures.platformAdmin(), schoolClass.id(), term.id(), today.getDayOfWeek().getValue(),
                1, "14", null);
        long n = Fixtures.unique();
        TreeNode edition = trees.edition("2", "14", "浏览器版" + n, "测试出版社");
        TreeNode unit = trees.child(edition, NodeLevel.CHAPTER, "c3", "第三单元" + n);
        TreeNode lesson = trees.child(unit, NodeLevel.LESSON, "l2", "第2课" + n);

        Page page = browser.signedIn(admin.account(), Fixtures.PASSWORD);
        page.navigate("/closures");
        assertThat(page.locator("#closures-empty")).isVisible();
        page.selectOption("#closure-place", "school:" + school.id());
        page.fill("#closure-first", today.toString());
        page.fill("#closure-last", today.minusDays(1).toString());
        page.fill("#closure-reason", "暴雪");
        page.click("#closure-submit");
        // refused beside the form, with what was typed kept
        assertThat(page.locator("#closure-error")).containsText("不能早于第一天");
        assertThat(page.locator("#closure-reason")).hasValue("暴雪");
        page.fill("#closure-last", today.plusDays(4).toString());
        page.click("#closure-submit");
        assertThat(page.locator("#closure-title")).containsText(school.name());
        String figuresUrl = page.url();

        Page teacherPage = browser.signedIn(teacher.account(), Fixtures.PASSWORD);
        teacherPage.navigate("/closures/schedule");
        assertThat(teacherPage.locator("#schedule-closure")).containsText(school.name());
        teacherPage.locator("#period-1 summary").click();
        teacherPage.fill("#live-1", "https://live.example.cn/room/1");
        // the tree starts at the period's subject and unfolds down to the lesson
        for (String step : List.of("初中 · 数学", "浏览器版" + n, "第三单元" + n)) {
            teacherPage.locator("#period-1 .lesson-tree .tree-toggle[aria-label^='展开 " + step + "']").click();
        }
        teacherPage.locator("#period-1 .lesson-tree input[value='" + lesson.id() + "']").check();
        teacherPage.locator("#period-1 .lesson-save").click();
        assertThat(teacherPage.locator("#lesson-saved")).isVisible();
        assertThat(teacherPage.locator("#period-1 .period-node")).containsText("第2课" + n);

        Page studentPage = browser.signedIn(student.account(), Fixtures.PASSWORD);
        studentPage.navigate("/closures/schedule");
        assertThat(studentPage.locator("#schedule-date")).hasText(today.toString());
        assertThat(studentPage.locator("#period-2 .period-open")).hasCount(0);
        studentPage.locator("#period-1 .period-open").click();
        assertThat(studentPage.locator("#lesson-live")).hasAttribute("href", "https://live.example.cn/room/1");
        studentPage.locator("#lesson-node-resources").click();
        assertThat(studentPage.locator("#search-place")).containsText("第2课" + n);

        page.navigate(figuresUrl);
        assertThat(page.locator("#figure-" + school.id() + "-" + today + " .opened")).hasText("1");
        assertThat(page.locator("#figure-" + school.id() + "-" + today + " .opened-share")).hasText("100.0%");
        assertThat(page.locator("#opened-chart canvas")).hasCount(1);
    }

    private Person ready(Person person) {
        fixtures.passwordChanged(person);
        return person;
    }
}
