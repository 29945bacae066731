package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.IntegrationTest;

/** The front page on a phone (390 px): readable without sideways scrolling, and the way in is there. */
@IntegrationTest
class FrontPageBrowserTest extends BrowserTest {

    @Test
    void aVisitorOnAPhoneSeesTheNodeAndSignsInFromIt() {
        Page page = browser.visitor();
        page.navigate("/");
        assertThat(page.textContent("#front-name")).isEqualTo("人人通");
        assertThat(page.textContent("#front-what")).isEqualTo("省级节点 · 河北省");
        assertThat(page.isVisible("#front-figures")).isTrue();
        assertThat(page.isVisible("#front-login")).isTrue();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);

        page.click("#front-login");
        page.waitForURL("**/login");
        assertThat(page.isVisible("#username")).isTrue();
    }
}
