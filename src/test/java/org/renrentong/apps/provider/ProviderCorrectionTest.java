package org.renrentong.apps.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ProviderFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A refused enterprise corrects its registration and waits for vetting again, as its own organisation too; a bad
 * correction, someone else's credit code or a registration that was not refused change nothing.
 */
@IntegrationTest
class ProviderCorrectionTest {

    @Autowired Providers providers;
    @Autowired ProviderFixtures providerFixtures;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aRefusedEnterpriseCorrectsItselfAndWaitsAgain() {
        Registration registration = providerFixtures.registered();
        providers.refuse(fixtures.platformAdmin(), registration.providerId(), new Refusal("ICP备案号与企业名称不符"));
        Actor enterprise = providerFixtures.actorOf(registration);
        long n = Fixtures.unique();

        Provider corrected = providers.resubmit(enterprise, new ProviderCorrection("更正教育科技" + n,
                ProviderFixtures.creditCode(n), "冀ICP备20269999号-2", 2, "13010250099-26001", "130104"));

        assertThat(corrected.status()).isEqualTo(ProviderStatus.PENDING);
        assertThat(corrected.refusalReason()).isNull();
        assertThat(corrected.name()).isEqualTo("更正教育科技" + n);
        assertThat(corrected.regionCode()).isEqualTo("130104");
        assertThat(jdbc.sql("SELECT name FROM organisation WHERE id = ?").param(corrected.organisationId())
                .query(String.class).single()).isEqualTo("更正教育科技" + n);
        assertThat(providers.approve(fixtures.platformAdmin(), corrected.id()).approved()).isTrue();
        assertThatThrownBy(() -> providers.resubmit(enterprise, correction(corrected)))
                .hasFieldOrPropertyWithValue("messageKey", "apps.provider.notRefused");
    }

    @Test
    void aBadCorrectionOrAnotherEnterprisesCodeChangesNothing() {
        Registration other = providerFixtures.registered();
        Registration registration = providerFixtures.registered();
        providers.refuse(fixtures.platformAdmin(), registration.providerId(), new Refusal("证明编号有误"));
        Actor enterprise = providerFixtures.actorOf(registration);
        Provider before = providers.mine(enterprise);
        String takenCode = providers.get(fixtures.platformAdmin(), other.providerId()).creditCode();

        assertThatThrownBy(() -> providers.resubmit(enterprise, new ProviderCorrection(before.name(),
                "91130100MA0000000X", before.icpFiling(), 1, null, "130102")))
                .hasFieldOrPropertyWithValue("messageKey", "apps.provider.creditCode.invalid");
        assertThatThrownBy(() -> providers.resubmit(enterprise, new ProviderCorrection(before.name(), takenCode,
                before.icpFiling(), 1, null, "130102")))
                .hasFieldOrPropertyWithValue("messageKey", "apps.provider.creditCode.taken");
        assertThatThrownBy(() -> providers.resubmit(enterprise, null))
                .hasFieldOrPropertyWithValue("messageKey", "apps.provider.name.required");
        assertThatThrownBy(() -> providers.resubmit(fixtures.platformAdmin(), correction(before)))
                .hasMessage("error.forbidden");

        Provider after = providers.mine(enterprise);
        assertThat(after.status()).isEqualTo(ProviderStatus.REFUSED);
        assertThat(after.creditCode()).isEqualTo(before.creditCode());
    }

    private static ProviderCorrection correction(Provider p) {
        return new ProviderCorrection(p.name(), p.creditCode(), p.icpFiling(), p.securityLevel(),
                p.securityCertificate(), p.regionCode());
    }
}
