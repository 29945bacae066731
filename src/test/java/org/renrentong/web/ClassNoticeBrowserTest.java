package org.renrentong.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The main journeys of a class space, in Chromium on a phone-sized screen. */
@IntegrationTest
class ClassNoticeBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Deliveries deliveries;

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

    /** The teacher on a PC-like flow, the guardians on their phones: a 回执 confirmed by one of two guardians. */
    @Test
    void aGuardianConfirmsANoticeFromTheBellAndTheTeacherSeesTheTallyAndWhoHasNotRead() {
        School school = fixtures.aSchool().build();
        SchoolClass schoolClass = fixtures.aClass().in(school).build();
        Person teacher = ready(fixtures.aPerson().teacher().teaching(schoolClass).build());
        Person child = fixtures.aPerson().student().in(schoolClass).build();
        Person classmate = fixtures.aPerson().student().in(schoolClass).build();
        Person guardian = ready(fixtures.aPerson().guardianOf(child).build());
        Person otherGuardian = ready(fixtures.aPerson().guardianOf(classmate).build());
        String notice = "周五下午开家长会，请回执 " + Fixtures.unique();

        Page teacherPage = browser.signedIn(teacher.account(), Fixtures.PASSWORD);
        teacherPage.navigate("/classes/mine");
        teacherPage.locator("#class-cards a").first().click();
        teacherPage.waitForLoadState();
        assertThat(teacherPage.locator("#notice-details")).isHidden();
        teacherPage.fill("#post-body", notice);
        teacherPage.selectOption("#post-kind", "NOTICE");
        assertThat(teacherPage.locator("#notice-details")).isVisible();
        teacherPage.selectOption("#notice-audience", "GUARDIANS");
        teacherPage.selectOption("#notice-ask", "CONFIRM");
        teacherPage.click("#post-submit");
        assertThat(teacherPage.locator("#notices")).containsText(notice);
        teacherPage.locator("#notices article").filter(new Locator.FilterOptions()
                .setHasText(notice)).locator(".notice-open").click();
        assertThat(teacherPage.locator("#notice-tally")).containsText("已确认 0/2");
        String noticeUrl = teacherPage.url();

        deliveries.awaitAll();
        Page guardianPage = browser.signedIn(guardian.account(), Fixtures.PASSWORD);
        guardianPage.navigate("/notifications");
        guardianPage.locator("#notifications a").filter(new Locator.FilterOptions()
                .setHasText(notice)).click();
        assertThat(guardianPage).hasURL(noticeUrl);
        assertThat(guardianPage.locator("#notice-body")).containsText(notice);
        guardianPage.click("#notice-confirm");
        assertThat(guardianPage.locator("#notice-my-answer")).containsText("已知晓");

        teacherPage.reload();
        assertThat(teacherPage.locator("#notice-tally")).containsText("已确认 1/2");
        assertThat(teacherPage.locator("#notice-read-count")).containsText("已读 1/2");
        assertThat(teacherPage.locator("#notice-unread")).containsText(otherGuardian.name());
        assertThat(teacherPage.locator("#notice-unread")).not().containsText(guardian.name());
    }

    private Person ready(Person person) {
        fixtures.passwordChanged(person);
        return person;
    }
}
