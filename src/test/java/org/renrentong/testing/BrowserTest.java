package org.renrentong.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test (annotate it {@link IntegrationTest} too): one headless Chromium for the test class, against the
 * node on its random port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;
    protected Browser browser;

    @BeforeAll
    protected void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    protected void closeBrowser() {
        browser.close();
    }
}
