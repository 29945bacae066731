package org.renrentong.federation.node;

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
 * A platform administrator in Chromium opens "this node" from the menu, is told beside the field that a county code
 * does not fit a province node, then renames the node and finds the new name on the front page. The identity is
 * shared by all tests, so the old name is put back.
 */
@IntegrationTest
class NodePageBrowserTest extends BrowserTest {

    @Autowired Logins logins;
    @Autowired NodeSettings settings;
    @Autowired Fixtures fixtures;

    @Test
    void renameThisNodeAfterARefusedRegion() {
        NodeView before = settings.view(fixtures.platformAdmin());
        String name = "河北省节点" + Fixtures.unique();
        Person admin = logins.platformAdmin();
        Page p = browser.signedIn(admin.account(), Fixtures.PASSWORD);
        try {
            p.navigate("/admin/node");
            p.fill("#name", name);
            p.fill("#regionCode", "130102");
            p.click("#node-submit");
            assertThat(p.locator("#regionCode ~ .invalid-feedback")).hasText("长安区 不是省级节点所在的行政区划级别。");
            assertThat(p.locator("#name")).hasValue(name);

            p.fill("#regionCode", "130000");
            p.click("#node-submit");
            assertThat(p.locator("#node-done")).hasText("本节点信息已保存。");
            p.navigate("/");
            assertThat(p.locator("#front-name")).hasText(name);
        } finally {
            settings.update(fixtures.platformAdmin(), before.form());
        }
    }
}
