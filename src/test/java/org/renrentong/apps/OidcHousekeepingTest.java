package org.renrentong.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.IdCardVault;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Signing keys rotate and old ones leave the key set; authorizations that can no longer be used are deleted. */
@IntegrationTest
class OidcHousekeepingTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    IdCardVault vault;
    @Autowired
    ExpiredAuthorizations expired;

    @Test
    void aNewKeySignsAtRotationAndTheOldOneStaysPublishedUntilItIsRetired() {
        SigningKeys rotating = new SigningKeys(jdbc, transactions, vault, Duration.ZERO, Duration.ofDays(1));
        rotating.refresh();
        String before = rotating.current().getKeyID();
        rotating.refresh();

        assertThat(rotating.current().getKeyID()).isNotEqualTo(before);
        assertThat(rotating.published().getKeyByKeyId(before)).isNotNull();

        SigningKeys retiring = new SigningKeys(jdbc, transactions, vault, Duration.ofDays(30), Duration.ZERO);
        retiring.refresh();
        assertThat(retiring.published().getKeys()).hasSize(1);
        assertThat(retiring.published().getKeyByKeyId(before)).isNull();
        assertThat(retiring.published().getKeys().get(0).isPrivate()).isTrue();
        assertThat(retiring.published().toPublicJWKSet().getKeys().get(0).isPrivate()).isFalse();
    }

    @Test
    void onlyAuthorizationsWithEverythingExpiredLongAgoAreDeleted() {
        String gone = authorization("now() - interval '3 days'", "now() - interval '2 days'");
        String refreshable = authorization("now() - interval '3 days'", "now() + interval '20 days'");
        String recent = authorization("now() - interval '1 hour'", null);

        assertThat(expired.delete()).isPositive();

        assertThat(exists(gone)).isFalse();
        assertThat(exists(refreshable)).isTrue();
        assertThat(exists(recent)).isTrue();
    }

    private String authorization(String accessExpiry, String refreshExpiry) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO oauth2_authorization (id, registered_client_id, principal_name, authorization_grant_type,"
                + " access_token_expires_at, refresh_token_expires_at) VALUES (?, 'c', 'p', 'authorization_code', "
                + accessExpiry + ", " + (refreshExpiry == null ? "NULL" : refreshExpiry) + ")").param(id).update();
        return id;
    }

    private boolean exists(String id) {
        return jdbc.sql("SELECT count(*) FROM oauth2_authorization WHERE id = ?").param(id).query(Long.class)
                .single() > 0;
    }
}
