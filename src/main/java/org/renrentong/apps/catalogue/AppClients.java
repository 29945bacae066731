package org.renrentong.apps.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.renrentong.apps.ClientSecrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.stereotype.Component;

/**
 * The OIDC clients of apps. An approved app gets a confidential client that may ask for {@code openid} and the
 * scopes it was approved with, nothing more (the authorization endpoint answers anything else with invalid_scope),
 * and always shows the consent screen; its secret is made when its provider asks and shown that once. A suspended
 * app's authorizations and consents are removed, so its tokens stop working at once.
 */
@Component
class AppClients {

    private final RegisteredClientRepository clients;
    private final ClientSecrets secrets;
    private final JdbcClient jdbc;

    AppClients(RegisteredClientRepository clients, ClientSecrets secrets, JdbcClient jdbc) {
        this.clients = clients;
        this.secrets = secrets;
        this.jdbc = jdbc;
    }

    /** Registers the app's client with a secret nobody knows yet: its client id. */
    String register(App app) {
        String clientId = "app-" + app.id() + "-" + UUID.randomUUID().toString().substring(0, 8);
        RegisteredClient.Builder client = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId)
                .clientName(app.name()).clientIdIssuedAt(Instant.now())
                .clientSecret(secrets.encode(secrets.generate()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(true).build());
        app.redirectUris().forEach(client::redirectUri);
        app.scopes().keySet().forEach(client::scope);
        clients.save(client.build());
        return clientId;
    }

    /** A new secret for the client, replacing the one before. */
    ClientCredentials newSecret(String clientId) {
        RegisteredClient client = clients.findByClientId(clientId);
        String secret = secrets.generate();
        clients.save(RegisteredClient.from(client).clientSecret(secrets.encode(secret)).build());
        return new ClientCredentials(clientId, secret);
    }

    /** What the client was approved for: the scopes beside {@code openid}, and the redirect URIs. */
    record Granted(Set<String> scopes, List<String> redirectUris) {
    }

    Granted granted(String clientId) {
        RegisteredClient client = clients.findByClientId(clientId);
        Set<String> scopes = new TreeSet<>(client.getScopes());
        scopes.remove(OidcScopes.OPENID);
        return new Granted(scopes, List.copyOf(client.getRedirectUris()));
    }

    /** The client's name, scopes (beside {@code openid}) and redirect URIs become these. */
    void update(String clientId, String name, Set<String> scopes, List<String> redirectUris) {
        RegisteredClient client = clients.findByClientId(clientId);
        clients.save(RegisteredClient.from(client).clientName(name)
                .scopes(s -> {
                    s.clear();
                    s.add(OidcScopes.OPENID);
                    s.addAll(scopes);
                })
                .redirectUris(u -> {
                    u.clear();
                    u.addAll(redirectUris);
                }).build());
    }

    /** Every authorization (with its tokens) and every consent given to the client is gone. */
    void revokeGrants(String clientId) {
        String id = jdbc.sql("SELECT id FROM oauth2_registered_client WHERE client_id = ?").param(clientId)
                .query(String.class).single();
        jdbc.sql("DELETE FROM oauth2_authorization WHERE registered_client_id = ?").param(id).update();
        jdbc.sql("DELETE FROM oauth2_authorization_consent WHERE registered_client_id = ?").param(id).update();
    }

    /**
     * Every authorization (with its tokens) and every consent given to the client is gone, and its secret is replaced
     * by one nobody knows; saving it also makes the clients kept in memory forget it, so that, its app marked
     * suspended next, it is no longer found.
     */
    void revokeAll(String clientId) {
        RegisteredClient client = clients.findByClientId(clientId);
        revokeGrants(clientId);
        if (client != null) {
            clients.save(RegisteredClient.from(client).clientSecret(secrets.encode(secrets.generate())).build());
        }
    }
}
