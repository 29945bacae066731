package org.renrentong.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A school administrator in Chromium gives a class its maths teacher and its head teacher on the class's teachers
 * page; the maths teacher then finds that class, and not the other one, among their classes.
 */
@IntegrationTest
class ClassTeachersBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;

    @Test
    void theAdministratorAssignsAMathsAndAHeadTeacherAndTheMathsTeacherSeesOnlyThatClass() {
        School school = fixtures.aSchool().build();
        SchoolClass taught = fixtures.aClass().in(school).named("数学班" + Fixtures.unique()).build();
        SchoolClass other = fixtures.aClass().in(school).named("别的班" + Fixtures.unique()).build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        Person maths = logins.ready(fixtures.aPerson().teacher().at(school).named("数学师" + Fixtures.unique()).build());
        Person head = fixtures.aPerson().teacher().at(school).named("班主任" + Fixtures.unique()).build();

        Page p = browser.signedIn(admin.account(), Fixtures.PASSWORD);
        p.navigate("/schools/" + school.id());
        p.click("#class-teachers-" + taught.id());
        assertThat(p.locator("#teaching-title")).containsText(taught.name());
        p.selectOption("#subject-code", "14");
        p.selectOption("#subject-teacher", String.valueOf(maths.id()));
        p.click("#subject-form button[type=submit]");
        assertThat(p.locator("#teaching-done")).hasText("已安排任课教师。");
        assertThat(p.locator("#subject-14 .subject-name")).hasText("数学");
        assertThat(p.locator("#subject-14 .subject-teacher")).hasText(maths.name());
        p.selectOption("#head-teacher", String.valueOf(head.id()));
        p.click("#head-form button[type=submit]");
        assertThat(p.locator("#head-name")).hasText(head.name());

        Page t = browser.signedIn(maths.account(), Fixtures.PASSWORD);
        t.navigate("/classes/mine");
        assertThat(t.locator("#class-cards")).containsText(taught.name());
        assertThat(t.locator("#class-cards")).containsText("数学");
        assertThat(t.locator("#class-cards")).not().containsText(other.name());
    }
}
