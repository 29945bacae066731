package org.renrentong.federation.harvest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.renrentong.federation.harvest.FakeOaiSource.page;
import static org.renrentong.federation.harvest.FakeOaiSource.record;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.harvest.FakeOaiSource.Answer;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A platform administrator in Chromium: a wrong address refused beside the field, a source added, harvested now,
 * its progress and result on the source's page, also after a reload; the choice to copy its files, and their figures.
 */
@IntegrationTest
class HarvestBrowserTest extends BrowserTest {

    @Autowired
    Logins logins;

    FakeOaiSource oai;

    @BeforeEach
    void source() throws Exception {
        oai = new FakeOaiSource();
    }

    @AfterEach
    void close() {
        oai.close();
    }

    @Test
    void addASourceHarvestItNowAndSeeTheResult() {
        String code = "pub" + Fixtures.unique();
        oai.listRecords(args -> args.containsKey("resumptionToken")
                ? Answer.ok(page(null, record("oai:" + code + ":resource/2", "2026-01-02T00:00:00Z", "第二条")))
                : Answer.ok(page("next", record("oai:" + code + ":resource/1", "2026-01-01T00:00:00Z", "第一条"))));
        Person admin = logins.platformAdmin();
        String name = "出版社资源库" + Fixtures.unique();

        Page p = browser.signedIn(admin.account(), Fixtures.PASSWORD);
        p.navigate("/");
        assertThat(p.locator("#nav-harvest")).hasAttribute("href", "/admin/harvest");
        p.navigate("/admin/harvest");
        p.fill("#source-name", name);
        p.fill("#source-url", oai.baseUrl().replace("/oai", "/nothing"));
        p.click("#harvest-add-submit");
        assertThat(p.locator("#source-url-error")).containsText("此地址不是 OAI-PMH 服务");
        assertThat(p.locator("#source-name")).hasValue(name);

        p.fill("#source-url", oai.baseUrl());
        p.click("#harvest-add-submit");
        assertThat(p.locator("#harvest-done")).hasText("已添加来源，地址已通过 Identify 检查。");
        assertThat(p.locator("h1")).hasText(name);

        p.click("#harvest-now");
        assertThat(p.locator("#harvest-done")).hasText("已开始汇聚，进度见下方。");
        assertThat(p.locator("#harvest-figures")).hasText(Pattern.compile("完成：2 条记录，0 条删除，2 页.*"));
        p.reload();
        assertThat(p.locator("#harvest-figures")).hasText(Pattern.compile("完成：2 条记录.*"));
        assertThat(p.locator(".harvest-run")).hasCount(1);

        p.navigate("/admin/harvest");
        assertThat(p.locator(".harvest-source", new Page.LocatorOptions().setHasText(name))).containsText("完成");
    }

    @Test
    void chooseToCopyTheFilesOfASourceAndSeeTheCopyFigures() {
        Person admin = logins.platformAdmin();
        String name = "复制文件的来源" + Fixtures.unique();
        Page p = browser.signedIn(admin.account(), Fixtures.PASSWORD);
        p.navigate("/admin/harvest");
        p.fill("#source-name", name);
        p.fill("#source-url", oai.baseUrl());
        p.check("#source-copy-files");
        p.click("#harvest-add-submit");
        assertThat(p.locator("h1")).hasText(name);
        assertThat(p.locator("#source-copy-files")).isChecked();
        assertThat(p.locator("#harvest-files")).hasText("文件：已复制 0 个（0 字节），等待 0 个，放弃 0 个，失败尝试 0 次");

        p.uncheck("#source-copy-files");
        p.click("#harvest-save");
        assertThat(p.locator("#harvest-done")).isVisible();
        assertThat(p.locator("#source-copy-files")).not().isChecked();
        assertThat(p.locator("#harvest-files")).hasCount(0);
    }
}
