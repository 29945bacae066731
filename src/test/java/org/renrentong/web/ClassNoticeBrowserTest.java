package org.renrentong.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The main journey of a class space, in Chromium on a phone-sized screen. */
@IntegrationTest
class ClassNoticeBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void aTeacherPostsANoticeInTheClassSpaceAndAStudentOfTheClassSeesIt() {
        School school = fixtures.aSchool().build();
        SchoolClass schoolClass = fixtures.aClass().in(school).build();
        SchoolClass otherClass = fixtures.aClass().in(school).build();
        Person teacher = ready(fixtures.aPerson().teacher().teaching(schoolClass).build());
        Person student = ready(fixtures.aPerson().student().in(schoolClass).build());
        Person otherStudent = ready(fixtures.aPerson().student().in(otherClass).build());
        String notice = "明天上午第二节课改为数学测验 " + Fixtures.unique();

        Page teacherPage = browser.signedIn(teacher.account(), Fixtures.PASSWORD);
        teacherPage.navigate("/classes/mine");
        teacherPage.locator("#class-cards a").first().click();
        teacherPage.waitForLoadState();
        String classSpaceUrl = teacherPage.url();
        assertThat(teacherPage.locator("#space-title")).containsText(schoolClass.name());
        teacherPage.fill("#post-body", notice);
        teacherPage.selectOption("#post-kind", "NOTICE");
        teacherPage.click("#post-submit");
        assertThat(teacherPage.locator("#notices")).containsText(notice);

        Page studentPage = browser.signedIn(student.account(), Fixtures.PASSWORD);
        studentPage.navigate("/classes/mine");
        assertThat(studentPage).hasURL(classSpaceUrl);
        assertThat(studentPage.locator("#notices")).containsText(notice);
        assertThat(studentPage.locator("#class-teachers")).containsText(teacher.name());

        Page outsiderPage = browser.signedIn(otherStudent.account(), Fixtures.PASSWORD);
        Response refused = outsiderPage.navigate(classSpaceUrl);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(outsiderPage.locator("main")).not().containsText(notice);
    }

    private Person ready(Person person) {
        fixtures.passwordChanged(person);
        return person;
    }
}
