package org.renrentong.resource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A county administrator in Chromium: from the review page to the reviewer assignments, a refused and then an
 * accepted assignment, its removal; then a comment approved in place from the comment queue.
 */
@IntegrationTest
class ReviewAdminBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    ResourceUse use;

    @Test
    void addAndRemoveAnAssignmentThenApproveAComment() {
        Person admin = logins.regionAdmin("130102");
        Person expert = fixtures.aPerson().expert("130000").named("评审专家" + Fixtures.unique()).build();
        Actor owner = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor reader = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource r = resources.publish(resources.aResource(owner).titled("一元一次方程" + Fixtures.unique()).build(),
                owner, fixtures.platformAdmin());
        String text = "请补充练习答案" + Fixtures.unique();
        Comment comment = use.comment(reader, r.id(), text);

        Page p = browser.signedIn(admin.account(), Fixtures.PASSWORD);
        p.navigate("/resources/reviews");
        p.click("#assignments-link");
        p.selectOption("#expertId", String.valueOf(expert.id()));
        p.selectOption("#regionCode", "130102");
        p.click("#assignment-add");
        assertThat(p.locator("#subject-error")).hasText("请选择学科。");
        assertThat(p.locator("#expertId")).hasValue(String.valueOf(expert.id()));

        p.selectOption("#subjectCode", "14");
        p.click("#assignment-add");
        assertThat(p.locator("#resource-done")).hasText("已添加审核分配。");
        Locator row = p.locator(".assignment-row", new Page.LocatorOptions().setHasText(expert.name()));
        assertThat(row.locator(".assignment-region")).hasText("长安区");
        assertThat(row.locator(".assignment-subject")).hasText("数学（14）");

        row.locator(".assignment-remove").click();
        assertThat(p.locator("#resource-done")).hasText("已移除审核分配。");
        assertThat(p.locator(".assignment-row", new Page.LocatorOptions().setHasText(expert.name()))).hasCount(0);

        p.navigate("/resources/reviews");
        p.click("#comment-queue-link");
        Locator queued = p.locator("#queued-comment-" + comment.id());
        assertThat(queued.locator(".queued-resource")).hasText(r.title());
        queued.locator(".comment-approve").click();
        assertThat(p.locator("#queued-comment-" + comment.id() + " .moderation-done")).hasText("评论已通过。");
        assertThat(p).hasURL(java.util.regex.Pattern.compile(".*/resources/comments$"));
    }
}
