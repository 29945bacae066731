package org.renrentong.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.IntegrationTest;

@IntegrationTest
class TreeBrowserTest extends BrowserTest {

    @Test
    void aVisitorPicksTheEditionByItsPublisherAndUnfoldsItsChapters() {
        Page page = browser.visitor();
        page.navigate("/textbook-tree");
        page.selectOption("#pick-stage", new SelectOption().setLabel("初中"));
        page.waitForSelector("#pick-subject:not([disabled])");
        page.selectOption("#pick-subject", new SelectOption().setLabel("数学"));
        page.waitForSelector("#pick-edition:not([disabled])");
        assertThat(page.locator("#pick-edition option").allTextContents())
                .contains("人教版（人民教育出版社）", "北师大版（北京师范大学出版社）");

        page.selectOption("#pick-edition", new SelectOption().setLabel("北师大版（北京师范大学出版社）"));
        page.waitForSelector("#tree-place:has-text('北师大版')");
        page.click("button[aria-label='展开“七年级”']");
        page.click("button[aria-label='展开“上册”']");
        page.waitForSelector("text=第一章 立体图形与平面图形");
        assertThat(page.textContent("#tree-place")).isEqualTo("初中 · 数学 · 北师大版（北京师范大学出版社）");
        assertThat(page.url()).contains("edition=");
    }
}
