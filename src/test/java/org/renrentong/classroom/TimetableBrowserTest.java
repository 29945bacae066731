package org.renrentong.classroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main journey of the calendar and the timetable, in Chromium on a phone-sized screen: a school administrator
 * sets a term and a timetable cell; a student of the class sees the lesson and the teaching week on the class space.
 */
@IntegrationTest
class TimetableBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;

    @Test
    void aSchoolAdministratorSetsATermAndALessonAndTheStudentSeesThemOnTheClassSpace() {
        School school = fixtures.aSchool().build();
        SchoolClass schoolClass = fixtures.aClass().in(school).build();
        Person teacher = ready(fixtures.aPerson().teacher().teaching(schoolClass).named("赵老师" + Fixtures.unique())
                .build());
        Person student = ready(fixtures.aPerson().student().in(schoolClass).build());
        Person admin = ready(fixtures.aPerson().schoolAdmin().at(school).build());
        // the term began two weeks ago (Monday-based): today is in its third teaching week
        LocalDate today = TeachingWeeks.today();
        LocalDate first = today.minusDays(14);

        Page page = browser.signedIn(admin.account(), Fixtures.PASSWORD);
        // the school may follow a county calendar that other tests set; it shows apart from the school's own
        page.navigate("/calendar");
        assertThat(page.locator("#calendar-empty")).isVisible();
        page.fill("#year-name", "本学年");
        page.fill("#year-first", first.minusDays(20).toString());
        page.fill("#year-last", today.plusDays(200).toString());
        page.click("#year-submit");
        assertThat(page.locator("#calendar-own .calendar-year h2")).containsText("本学年");

        page.locator("#calendar-own .calendar-year details summary").last().click();
        // a term ending before it begins is refused beside the form, with what was typed kept
        page.fill("[id$='-name'][id^='term-']", "第一学期");
        page.fill("[id$='-first'][id^='term-']", first.toString());
        page.fill("[id$='-last'][id^='term-']", first.minusDays(1).toString());
        page.click("[id$='-submit'][id^='term-']");
        assertThat(page.locator("[id$='-error'][id^='term-']")).containsText("不能早于第一天");
        assertThat(page.locator("[id$='-name'][id^='term-']")).hasValue("第一学期");
        page.fill("[id$='-last'][id^='term-']", today.plusDays(100).toString());
        page.click("[id$='-submit'][id^='term-']");
        assertThat(page.locator("#calendar-own .calendar-term")).containsText("第一学期");
        assertThat(page.locator("#calendar-today")).containsText("第 3 教学周");

        page.navigate("/timetable/schools/" + school.id());
        page.locator("#timetable-classes a").first().click();
        page.selectOption("#lesson-day", "3");
        page.selectOption("#lesson-period", "2");
        page.selectOption("#lesson-subject", "14");
        page.selectOption("#lesson-teacher", String.valueOf(teacher.id()));
        page.click("#lesson-submit");
        assertThat(page.locator("#cell-3-2")).containsText("数学");
        assertThat(page.locator("#cell-3-2")).containsText(teacher.name());
        assertThat(page.locator("#teaching-week")).hasText("第 3 教学周");

        Page studentPage = browser.signedIn(student.account(), Fixtures.PASSWORD);
        studentPage.navigate("/classes/mine");
        assertThat(studentPage.locator("#class-teaching-week")).hasText("第 3 教学周");
        assertThat(studentPage.locator("#class-timetable #cell-3-2")).containsText("数学");
        studentPage.click("#class-timetable-link");
        assertThat(studentPage.locator("#cell-3-2")).containsText(teacher.name());
        assertThat(studentPage.locator("#lesson-form")).hasCount(0);

        Page teacherPage = browser.signedIn(teacher.account(), Fixtures.PASSWORD);
        teacherPage.navigate("/timetable/mine");
        assertThat(teacherPage.locator("#cell-3-2")).containsText(schoolClass.fullName());
        assertThat(teacherPage.locator("#teaching-week")).hasText("第 3 教学周");
    }

    private Person ready(Person person) {
        fixtures.passwordChanged(person);
        return person;
    }
}
