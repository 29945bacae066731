package org.renrentong.apps.provider;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ProviderFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** In Chromium: a refused enterprise reads the reason, corrects its ICP filing number and waits for vetting again. */
@IntegrationTest
class ProviderCorrectionBrowserTest extends BrowserTest {

    @Autowired ProviderFixtures providerFixtures;
    @Autowired Providers providers;
    @Autowired Fixtures fixtures;

    @Test
    void aRefusedEnterpriseCorrectsItsFilingNumberAndWaitsAgain() {
        Registration registration = providerFixtures.registered();
        providers.refuse(fixtures.platformAdmin(), registration.providerId(), new Refusal("ICP备案号与企业名称不符"));

        Page enterprise = browser.signedIn(registration.account(), Fixtures.PASSWORD);
        enterprise.navigate("/provider");
        assertThat(enterprise.locator("#provider-refusal")).containsText("ICP备案号与企业名称不符");
        enterprise.click("#provider-correct");
        assertThat(enterprise.locator("#contactPhone")).hasCount(0);
        enterprise.fill("#icpFiling", "不是备案号");
        enterprise.click("#provider-submit");
        assertThat(enterprise.locator("#icpFiling")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        enterprise.fill("#icpFiling", "冀ICP备20268888号-3");
        enterprise.click("#provider-submit");

        assertThat(enterprise.locator("#provider-done")).isVisible();
        assertThat(enterprise.locator("#provider-status")).containsText("待审核");
        assertThat(enterprise.locator("#provider-refusal")).hasCount(0);
    }
}
