package org.renrentong.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ReviewAction;
import org.renrentong.resource.Reviews;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium, at a phone's width: a reviewer publishes a teacher's resource; the teacher's bell shows 1; the
 * notification opens the resource, and the bell is empty again.
 */
@IntegrationTest
class ReviewBellBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired ResourceFixtures resources;
    @Autowired Reviews reviews;
    @Autowired Deliveries deliveries;

    @Test
    void theOwnersBellShowsTheApprovalAndLeadsToTheResource() {
        Person owner = logins.ready(fixtures.aPerson().teacher().build());
        Actor teacher = fixtures.actor(owner);
        Resource r = resources.aResource(teacher).titled("圆的面积" + Fixtures.unique()).build();
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);

        Page reviewer = browser.signedIn(logins.platformAdmin().account(), Fixtures.PASSWORD);
        reviewer.navigate("/resources/" + r.id());
        reviewer.click("#review-PUBLISH");
        assertThat(reviewer.locator("#review-PUBLISH")).hasCount(0);
        deliveries.awaitAll();

        Page p = browser.signedIn(owner.account(), Fixtures.PASSWORD);
        assertThat(p.locator("#bell-count")).hasText("1");
        p.click("#bell");
        assertThat(p).hasURL(Pattern.compile(".*/notifications$"));
        p.locator(".notification-unread", new Page.LocatorOptions().setHasText(r.title())).click();

        assertThat(p).hasURL(Pattern.compile(".*/resources/" + r.id() + "$"));
        assertThat(p.locator("h1")).containsText(r.title());
        assertThat(p.locator("#bell")).isVisible();
        assertThat(p.locator("#bell-count")).hasCount(0);
    }
}
