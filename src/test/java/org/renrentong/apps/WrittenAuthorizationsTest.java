package org.renrentong.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/** A stored authorization read back unchanged is the one written, unparsed; a row changed since is read afresh. */
@IntegrationTest
class WrittenAuthorizationsTest {

    @Autowired
    OAuth2AuthorizationService authorizations;
    @Autowired
    RegisteredClientRepository clients;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnchangedRowIsTheAuthorizationWrittenAndAChangedOneIsReadAfresh() {
        RegisteredClient app = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("written-" + Fixtures.unique()).clientName("应用")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("https://app.example.cn/callback").scope("openid").build();
        clients.save(app);
        Instant now = Instant.now();
        String value = "token-" + UUID.randomUUID();
        OAuth2Authorization written = OAuth2Authorization.withRegisteredClient(app).principalName("someone")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .token(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, now,
                        now.plus(5, ChronoUnit.MINUTES)))
                .build();
        authorizations.save(written);

        assertThat(authorizations.findByToken(value, OAuth2TokenType.ACCESS_TOKEN)).isSameAs(written);
        assertThat(authorizations.findById(written.getId())).isSameAs(written);

        jdbc.sql("""
                UPDATE oauth2_authorization SET access_token_issued_at = now() - interval '10 minutes',
                       access_token_expires_at = now() - interval '1 minute' WHERE id = ?""")
                .param(written.getId()).update();
        OAuth2Authorization read = authorizations.findByToken(value, OAuth2TokenType.ACCESS_TOKEN);
        assertThat(read).isNotSameAs(written);
        assertThat(read.getAccessToken().isExpired()).isTrue();
    }
}
