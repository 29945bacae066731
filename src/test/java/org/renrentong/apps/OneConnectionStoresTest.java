package org.renrentong.apps;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stores of the authorization server read a row and look its client up while the row is open. On a pool of
 * one connection, as a busy pool is for each request, every call must still complete: one call, one connection.
 */
@IntegrationTest
class OneConnectionStoresTest {

    @Autowired
    DataSource nodeDatabase;

    private HikariDataSource oneConnection;
    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;
    private RegisteredClientRepository clients;

    @BeforeEach
    void poolOfOne() {
        HikariDataSource node = (HikariDataSource) nodeDatabase;
        oneConnection = new HikariDataSource();
        oneConnection.setJdbcUrl(node.getJdbcUrl());
        oneConnection.setUsername(node.getUsername());
        oneConnection.setPassword(node.getPassword());
        oneConnection.setMaximumPoolSize(1);
        oneConnection.setConnectionTimeout(500);
        jdbc = new JdbcTemplate(oneConnection);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(oneConnection));
        clients = new JdbcRegisteredClientRepository(jdbc);
    }

    @AfterEach
    void close() {
        oneConnection.close();
    }

    @Test
    void anAuthorizationIsStoredAndFoundByItsTokenOnOneConnection() {
        RegisteredClient app = app();
        var authorizations = new NamedPrincipalAuthorizations(new JdbcOAuth2AuthorizationService(jdbc, clients),
                transactions);
        OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, UUID.randomUUID().toString(),
                Instant.now(), Instant.now().plusSeconds(300));
        authorizations.save(OAuth2Authorization.withRegisteredClient(app).principalName("teacher")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).accessToken(token).build());

        OAuth2Authorization found = authorizations.findByToken(token.getTokenValue(), OAuth2TokenType.ACCESS_TOKEN);

        assertThat(found).isNotNull();
        assertThat(found.getRegisteredClientId()).isEqualTo(app.getId());
    }

    @Test
    void aConsentIsStoredAndFoundOnOneConnection() {
        RegisteredClient app = app();
        var consents = new StoredConsents(new JdbcOAuth2AuthorizationConsentService(jdbc, clients), transactions);
        consents.save(OAuth2AuthorizationConsent.withId(app.getId(), "teacher").scope("profile").build());

        assertThat(consents.findById(app.getId(), "teacher").getScopes()).containsExactly("profile");
    }

    private RegisteredClient app() {
        RegisteredClient app = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("one-connection-" + Fixtures.unique()).clientSecret(new ClientSecrets().encode(UUID.randomUUID().toString()))
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("https://app.example.cn/callback").scope("openid").scope("profile").build();
        clients.save(app);
        return app;
    }
}
