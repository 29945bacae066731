package org.renrentong.apps.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.testing.AppFixtures;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ProviderFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * A provider edits its app: before approval everything applies; after it, what describes or narrows the app applies
 * at once, and what widens it waits for a region that approved it, which approves or refuses the change.
 */
@IntegrationTest
class AppChangesTest {

    private static final String COUNTY = "130102";

    @Autowired AppChanges changes;
    @Autowired Apps apps;
    @Autowired Approvals approvals;
    @Autowired AppFixtures appFixtures;
    @Autowired ProviderFixtures providers;
    @Autowired Fixtures fixtures;
    @Autowired RegisteredClientRepository clients;
    @Autowired OAuth2AuthorizationConsentService consents;
    @Autowired JdbcClient jdbc;

    @Test
    void anAppNotYetApprovedTakesEveryChangeAtOnce() {
        Actor provider = providers.approved();
        App app = appFixtures.registered(provider);

        App edited = changes.edit(provider, app.id(), AppFixtures.widened(app));

        assertThat(edited.changesAsked()).isFalse();
        assertThat(edited.scopes()).containsKeys("profile", "role", "organisation");
        assertThat(edited.redirectUris()).hasSize(2);
    }

    @Test
    void anAddedScopeAndRedirectWaitUntilTheApprovingRegionApprovesThem() {
        AppFixtures.Applied approved = appFixtures.approvedAt(COUNTY);
        App app = approved.app();

        App edited = changes.edit(approved.provider(), app.id(), AppFixtures.widened(app));

        assertThat(edited.changesAsked()).isTrue();
        assertThat(edited.scopes()).containsKey("organisation");
        RegisteredClient before = clients.findByClientId(app.clientId());
        assertThat(before.getScopes()).containsExactlyInAnyOrder("openid", "profile", "role");
        assertThat(before.getRedirectUris()).containsExactly(AppFixtures.REDIRECT);

        Actor elsewhere = fixtures.actor(fixtures.aPerson().regionAdmin("130104").build());
        assertThatThrownBy(() -> changes.approve(elsewhere, app.id(), COUNTY)).hasMessage("error.forbidden");
        assertThatThrownBy(() -> changes.approve(elsewhere, app.id(), "130104"))
                .hasFieldOrPropertyWithValue("messageKey", "apps.app.changes.notApprovedHere");
        Actor county = fixtures.actor(fixtures.aPerson().regionAdmin(COUNTY).build());
        App done = changes.approve(county, app.id(), COUNTY);

        assertThat(done.changesAsked()).isFalse();
        RegisteredClient after = clients.findByClientId(app.clientId());
        assertThat(after.getScopes()).containsExactlyInAnyOrder("openid", "profile", "role", "organisation");
        assertThat(after.getRedirectUris()).hasSize(2);
        assertThatThrownBy(() -> changes.approve(county, app.id(), COUNTY))
                .hasFieldOrPropertyWithValue("messageKey", "apps.app.changes.none");
    }

    @Test
    void aRefusedChangePutsTheAppBackAsApprovedWithTheReason() {
        AppFixtures.Applied asked = appFixtures.changesAskedAt(providers.approved(), COUNTY);
        Actor county = fixtures.actor(fixtures.aPerson().regionAdmin(COUNTY).build());

        assertThatThrownBy(() -> changes.refuse(county, asked.app().id(), COUNTY, " "))
                .hasFieldOrPropertyWithValue("messageKey", "apps.app.reason.required");
        App refused = changes.refuse(county, asked.app().id(), COUNTY, "作业应用不需要学校信息");

        assertThat(refused.changesAsked()).isFalse();
        assertThat(refused.changesRefusal()).isEqualTo("作业应用不需要学校信息");
        assertThat(refused.scopes()).containsOnlyKeys("profile", "role");
        assertThat(refused.redirectUris()).containsExactly(AppFixtures.REDIRECT);
        assertThat(clients.findByClientId(refused.clientId()).getScopes())
                .containsExactlyInAnyOrder("openid", "profile", "role");
    }

    @Test
    void askingForLessAppliesAtOnceAndEndsTheGrantsMadeForMore() {
        AppFixtures.Applied approved = appFixtures.approvedAt(COUNTY);
        App app = approved.app();
        RegisteredClient client = clients.findByClientId(app.clientId());
        consents.save(OAuth2AuthorizationConsent.withId(client.getId(), "teacher-" + Fixtures.unique())
                .scope("openid").scope("role").build());
        Map<String, String> less = new LinkedHashMap<>(app.scopes());
        less.remove("role");

        App edited = changes.edit(approved.provider(), app.id(), form(app, "作业本", less));

        assertThat(edited.changesAsked()).isFalse();
        assertThat(edited.name()).isEqualTo("作业本");
        RegisteredClient after = clients.findByClientId(app.clientId());
        assertThat(after.getScopes()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(after.getClientName()).isEqualTo("作业本");
        assertThat(jdbc.sql("SELECT count(*) FROM oauth2_authorization_consent WHERE registered_client_id = ?")
                .param(client.getId()).query(Long.class).single()).isZero();
    }

    @Test
    void onlyItsProviderEditsAnAppAndABadFormChangesNothing() {
        AppFixtures.Applied approved = appFixtures.approvedAt(COUNTY);
        App app = approved.app();

        assertThatThrownBy(() -> changes.edit(providers.approved(), app.id(), AppFixtures.widened(app)))
                .hasMessage("error.forbidden");
        assertThatThrownBy(() -> changes.edit(approved.provider(), app.id(), form(app, " ", app.scopes())))
                .hasFieldOrPropertyWithValue("messageKey", "apps.app.name.required");
        assertThatThrownBy(() -> changes.edit(approved.provider(), app.id(), form(app, app.name(),
                Map.of("phone", "联系家长")))).hasFieldOrPropertyWithValue("messageKey", "apps.app.scopes.unknown");
        approvals.suspend(fixtures.platformAdmin(), app.id());
        assertThatThrownBy(() -> changes.edit(approved.provider(), app.id(), AppFixtures.widened(app)))
                .hasFieldOrPropertyWithValue("messageKey", "apps.app.suspended");

        App unchanged = apps.get(approved.provider(), app.id());
        assertThat(unchanged.name()).isEqualTo(app.name());
        assertThat(unchanged.scopes()).isEqualTo(app.scopes());
        assertThat(unchanged.changesAsked()).isFalse();
    }

    private static AppForm form(App app, String name, Map<String, String> scopes) {
        return new AppForm(name, app.category(), app.description(), app.audiences(), app.stages(), app.subjects(),
                app.launchUrl(), List.copyOf(app.redirectUris()), scopes, app.filingNumber());
    }
}
