package org.renrentong.apps;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Every client's access tokens are references (random values the node looks up), not signed JWTs. An app never reads
 * its access token, it calls userinfo with it, and the node looks the token up there anyway; a signed one cost an
 * RSA signature to make and a verification to read, about a tenth of a single sign-on's CPU. ID tokens stay RS256.
 */
final class ReferenceAccessTokens implements RegisteredClientRepository {

    private final RegisteredClientRepository clients;

    ReferenceAccessTokens(RegisteredClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public void save(RegisteredClient client) {
        clients.save(client);
    }

    @Override
    public RegisteredClient findById(String id) {
        return referencing(clients.findById(id));
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return referencing(clients.findByClientId(clientId));
    }

    private static RegisteredClient referencing(RegisteredClient client) {
        if (client == null || OAuth2TokenFormat.REFERENCE.equals(client.getTokenSettings().getAccessTokenFormat())) {
            return client;
        }
        return RegisteredClient.from(client).tokenSettings(TokenSettings.withSettings(
                client.getTokenSettings().getSettings()).accessTokenFormat(OAuth2TokenFormat.REFERENCE).build()).build();
    }
}
