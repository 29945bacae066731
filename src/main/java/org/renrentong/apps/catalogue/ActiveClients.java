package org.renrentong.apps.catalogue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The node's OIDC clients as the protocol endpoints see them: the client of a suspended app is not found, so it is
 * refused at every endpoint from the moment it is suspended.
 */
public final class ActiveClients implements RegisteredClientRepository {

    private final RegisteredClientRepository stored;
    private final JdbcClient jdbc;

    public ActiveClients(RegisteredClientRepository stored, JdbcClient jdbc) {
        this.stored = stored;
        this.jdbc = jdbc;
    }

    @Override
    public void save(RegisteredClient client) {
        stored.save(client);
    }

    @Override
    public RegisteredClient findById(String id) {
        return active(stored.findById(id));
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return active(stored.findByClientId(clientId));
    }

    private RegisteredClient active(RegisteredClient client) {
        if (client == null) {
            return null;
        }
        boolean suspended = jdbc.sql("SELECT count(*) FROM app WHERE client_id = ? AND suspended_at IS NOT NULL")
                .param(client.getClientId()).query(Long.class).single() > 0;
        return suspended ? null : client;
    }
}
