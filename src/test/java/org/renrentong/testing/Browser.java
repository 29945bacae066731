package org.renrentong.testing;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium, headless, driven by Playwright (its own browser download is skipped). One browser per test
 * class; each person in a scenario gets their own context, so their sessions never mix.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("renrentong.chromium", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String baseUrl;

    public Browser(int port) {
        this.playwright = Playwright.create();
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-quic",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run",
                        "--disable-sync")));
        this.baseUrl = "http://localhost:" + port;
    }

    /** A fresh browser context with a phone-sized window, nobody signed in. */
    public Page visitor() {
        return browser.newContext(new NewContextOptions()
                .setBaseURL(baseUrl).setLocale("zh-CN").setViewportSize(390, 844)).newPage();
    }

    /** A fresh browser context with a phone-sized window, signed in as the given account. */
    public Page signedIn(String account, String password) {
        BrowserContext context = browser.newContext(new NewContextOptions()
                .setBaseURL(baseUrl).setLocale("zh-CN").setViewportSize(390, 844));
        Page page = context.newPage();
        page.navigate("/login");
        page.fill("#username", account);
        page.fill("#password", password);
        page.click("#login-submit");
        page.waitForLoadState();
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
