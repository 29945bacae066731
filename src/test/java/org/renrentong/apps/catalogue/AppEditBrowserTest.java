package org.renrentong.apps.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.renrentong.apps.provider.Registration;
import org.renrentong.identity.Logins;
import org.renrentong.testing.AppFixtures;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ProviderFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * In Chromium: the provider of an approved app edits it to ask also for the teacher's school; the change waits, the
 * county that approved the app approves it, and the app's client takes the new scope.
 */
@IntegrationTest
class AppEditBrowserTest extends BrowserTest {

    @Autowired ProviderFixtures providers;
    @Autowired AppFixtures apps;
    @Autowired Logins logins;
    @Autowired RegisteredClientRepository clients;

    @Test
    void anAddedScopeWaitsForTheCountyAndThenReachesTheClient() {
        Registration registration = providers.registered();
        providers.approve(registration.providerId());
        App app = apps.approvedAt(providers.actorOf(registration), "130102").app();

        Page provider = browser.signedIn(registration.account(), Fixtures.PASSWORD);
        provider.navigate("/provider/apps/" + app.id());
        provider.click("#app-edit");
        assertThat(provider.locator("#app-edit-hint")).isVisible();
        provider.fill("#description", "布置与批改作业，按学校汇总");
        provider.fill("#scope-organisation", "按学校汇总作业");
        provider.click("#app-submit");
        assertThat(provider.locator("#app-done")).isVisible();
        assertThat(provider.locator("#app-changes-asked")).isVisible();
        assertThat(provider.locator("#provider-app")).containsText("按学校汇总作业");

        Page county = browser.signedIn(logins.regionAdmin("130102").account(), Fixtures.PASSWORD);
        county.navigate("/admin/apps");
        county.locator("#admin-app-" + app.id() + "-130102 .app-approve-changes").click();
        assertThat(county.locator("#apps-done")).isVisible();

        provider.reload();
        assertThat(provider.locator("#app-changes-asked")).hasCount(0);
        assertThat(clients.findByClientId(app.clientId()).getScopes()).contains("organisation");
    }
}
