package org.renrentong.apps.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ProviderFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An enterprise registers as an app provider without an account, its contact signs in as the enterprise (a
 * principal of its own organisation, no school person), and a platform administrator approves or refuses it.
 */
@IntegrationTest
class ProvidersTest {

    @Autowired MockMvc mvc;
    @Autowired Providers providers;
    @Autowired ProviderFixtures providerFixtures;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Deliveries deliveries;

    @Test
    void aRegisteredEnterpriseWaitsAndItsContactSignsInAsTheEnterprise() throws Exception {
        ProviderForm form = ProviderFixtures.form();
        String body = """
                {"name":"%s","creditCode":"%s","icpFiling":"%s","securityLevel":2,"securityCertificate":"%s",
                 "regionCode":"130102","contactName":"%s","contactPhone":"%s","password":"%s"}"""
                .formatted(form.name(), form.creditCode(), form.icpFiling(), form.securityCertificate(),
                        form.contactName(), form.contactPhone(), form.password());
        mvc.perform(post("/api/v1/app-providers").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"));

        // the contact signs in with the phone, as the enterprise
        var signIn = mvc.perform(formLogin("/login").user(form.contactPhone()).password(Fixtures.PASSWORD)).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).doesNotContain("/login").doesNotContain("/password");
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
        mvc.perform(get("/api/v1/app-providers/mine").session(session))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(form.name()))
                .andExpect(jsonPath("$.status").value("PENDING"));
        Long person = jdbc.sql("SELECT id FROM person WHERE phone = ?").param(form.contactPhone()).query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT role || ':' || (organisation_id IS NOT NULL) || ':' || (school_id IS NULL) "
                + "FROM role_grant WHERE person_id = ?").param(person).query(String.class).list())
                .containsExactly("APP_PROVIDER:true:true");
        mvc.perform(get("/provider").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(form.name())));
    }

    @Test
    void aCreditCodeWithABadCheckCharacterIsRefusedAndNothingIsKept() throws Exception {
        ProviderForm good = ProviderFixtures.form();
        String bad = good.creditCode().substring(0, 17) + (good.creditCode().endsWith("1") ? "2" : "1");
        String body = """
                {"name":"某公司","creditCode":"%s","icpFiling":"京ICP备12345678号","securityLevel":1,
                 "regionCode":"130102","contactName":"张三","contactPhone":"%s","password":"%s"}"""
                .formatted(bad, good.contactPhone(), Fixtures.PASSWORD);
        mvc.perform(post("/api/v1/app-providers").contentType(MediaType.APPLICATION_JSON).content(body)
                        .locale(Locale.SIMPLIFIED_CHINESE).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("校验位")));
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE phone = ?").param(good.contactPhone())
                .query(Long.class).single()).isZero();
    }

    @Test
    void fromLevelTwoOnTheCertificateIsNeededAndABadPhoneLeavesNoEnterpriseBehind() {
        ProviderForm f = ProviderFixtures.form();
        Actor desk = providers.desk();
        assertThatThrownBy(() -> providers.register(desk, new ProviderForm(f.name(), f.creditCode(), f.icpFiling(), 3, " ",
                f.regionCode(), f.contactName(), f.contactPhone(), f.password())))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey",
                        "apps.provider.securityCertificate.required");
        assertThatThrownBy(() -> providers.register(desk, new ProviderForm(f.name(), f.creditCode(), f.icpFiling(), 2,
                f.securityCertificate(), f.regionCode(), f.contactName(), "12345", f.password())))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "person.phone.invalid");
        assertThat(jdbc.sql("SELECT count(*) FROM app_provider WHERE credit_code = ?").param(f.creditCode())
                .query(Long.class).single()).isZero();
        // the same code registers once the form is right: no organisation of the failed attempt stayed behind
        assertThat(providers.register(desk, f).status()).isEqualTo(ProviderStatus.PENDING);
    }

    @Test
    void onlyThisNodesDeskRegistersAnEnterprise() {
        ProviderForm f = ProviderFixtures.form();
        assertThatThrownBy(() -> providers.register(fixtures.platformAdmin(), f)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.forbidden");
        assertThatThrownBy(() -> providers.register(Actor.ofNode("other-node", "别的节点", Role.APP_PROVIDER, ""), f))
                .isInstanceOf(DomainException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM app_provider WHERE credit_code = ?").param(f.creditCode())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyAPlatformAdministratorVetsAndEachDecisionIsAudited() {
        Registration r = providerFixtures.registered();
        Actor cityAdmin = fixtures.actor(fixtures.aPerson().regionAdmin("130100").build());
        assertThatThrownBy(() -> providers.approve(cityAdmin, r.providerId()))
                .isInstanceOf(DomainException.class).hasMessageContaining("forbidden");
        Actor provider = providerFixtures.actorOf(r);
        assertThat(provider.is(Role.APP_PROVIDER)).isTrue();
        assertThatThrownBy(() -> providers.approve(provider, r.providerId())).isInstanceOf(DomainException.class);

        Actor platform = fixtures.platformAdmin();
        assertThatThrownBy(() -> providers.refuse(platform, r.providerId(), new Refusal("  ")))
                .hasFieldOrPropertyWithValue("messageKey", "apps.provider.reason.required");
        Provider refused = providers.refuse(platform, r.providerId(), new Refusal("ICP备案号与企业名称不符"));
        assertThat(refused.status()).isEqualTo(ProviderStatus.REFUSED);
        assertThat(providers.mine(provider).refusalReason()).isEqualTo("ICP备案号与企业名称不符");
        assertThatThrownBy(() -> providers.approve(platform, r.providerId()))
                .hasFieldOrPropertyWithValue("messageKey", "apps.provider.vetted");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE target_type = 'app_provider' AND target_id = ? "
                + "ORDER BY id").param(String.valueOf(r.providerId())).query(String.class).list())
                .containsExactly("APP_PROVIDER_REGISTERED", "APP_PROVIDER_REFUSED");

        Registration other = providerFixtures.registered();
        assertThat(providers.approve(platform, other.providerId()).approved()).isTrue();
        deliveries.awaitAll();
        assertThat(jdbc.sql("SELECT message_key FROM notification WHERE person_id = ? ORDER BY id")
                .param(provider.personId()).query(String.class).list())
                .containsExactly("notification.provider.REFUSED");
        assertThat(jdbc.sql("SELECT message_key FROM notification WHERE person_id = ?")
                .param(providerFixtures.actorOf(other).personId()).query(String.class).list())
                .containsExactly("notification.provider.APPROVED");
    }
}
