package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.renrentong.testing.Browser;
import org.renrentong.testing.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aWrongPasswordIsRefusedInChineseAndEnglish() {
        Page page = browser.signedIn("nobody-" + System.nanoTime(), "wrong-password");
        assertThat(page.url()).contains("/login?error");
        assertThat(page.textContent("main")).contains("账号或密码不正确");

        page.click("#lang-switch");
        assertThat(page.textContent("main")).contains("Wrong account or password");
    }
}
