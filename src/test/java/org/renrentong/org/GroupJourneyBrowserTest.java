package org.renrentong.org;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A school administrator in Chromium starts a club (its Chinese name sent by a real form post) and adds a student,
 * who then finds it in their own space.
 */
@IntegrationTest
class GroupJourneyBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;

    @Test
    void createAGroupAddAMemberAndTheMemberSeesItInTheirSpace() {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        Person student = logins.ready(fixtures.aPerson().student().in(c).named("社员" + Fixtures.unique()).build());
        String club = "书法社" + Fixtures.unique();

        Page p = browser.signedIn(admin.account(), Fixtures.PASSWORD);
        p.navigate("/schools/" + school.id());
        p.fill("#group-name", club);
        p.selectOption("#group-kind", "CLUB");
        p.click("#group-form button[type=submit]");
        p.click("#school-groups a:has-text('" + club + "')");
        assertThat(p.locator("#group-name")).hasText(club);

        p.fill("#member-search", student.name());
        // submitting finds the person whether or not the page's script has started yet (then typing alone searches)
        p.press("#member-search", "Enter");
        p.click("#add-" + student.id());
        assertThat(p.locator("#group-done")).hasText("已添加成员。");
        assertThat(p.locator("#group-members")).containsText(student.name());

        Page s = browser.signedIn(student.account(), Fixtures.PASSWORD);
        s.navigate("/spaces/mine");
        s.click("#my-groups a:has-text('" + club + "')");
        assertThat(s.locator("#group-name")).hasText(club);
        s.click("#group-space");
        assertThat(s.locator("#group-members")).containsText(student.name());
    }
}
