package org.renrentong.federation.hub;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A platform administrator in Chromium finds the hub's statistics in the menu, opens them, sees the charts drawn and
 * downloads the export.
 */
@IntegrationTest
class HubStatisticsBrowserTest extends BrowserTest {

    @Autowired
    Logins logins;

    @Test
    void openTheStatisticsSeeTheChartsAndExport() throws Exception {
        Person admin = logins.platformAdmin();
        Page p = browser.signedIn(admin.account(), Fixtures.PASSWORD);
        p.navigate("/");
        assertThat(p.locator("#nav-hub-statistics")).hasAttribute("href", "/admin/federation/statistics");
        p.navigate("/admin/federation/statistics");
        assertThat(p.locator("h1")).containsText("汇聚统计");
        assertThat(p.locator("#hub-chart-levels canvas")).hasCount(1);
        assertThat(p.locator("#hub-levels tbody tr")).hasCount(6);

        Download download = p.waitForDownload(() -> p.click("#hub-export"));
        assertThat(download.suggestedFilename()).isEqualTo("汇聚统计.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(download.path()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("按来源节点", "按来源节点级别", "按学科");
            assertThat(sheets.get(1).read()).hasSize(1 + 6 + 1);
        }
    }
}
