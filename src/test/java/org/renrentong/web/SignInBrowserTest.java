package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.IntegrationTest;

@IntegrationTest
class SignInBrowserTest extends BrowserTest {

    @Test
    void aWrongPasswordIsRefusedInChineseAndEnglish() {
        Page page = browser.signedIn("nobody-" + System.nanoTime(), "wrong-password");
        assertThat(page.url()).contains("/login?error");
        assertThat(page.textContent("main")).contains("账号或密码不正确");

        page.click("#lang-switch");
        assertThat(page.textContent("main")).contains("Wrong account or password");
    }
}
