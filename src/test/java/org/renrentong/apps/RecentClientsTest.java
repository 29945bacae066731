package org.renrentong.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

class RecentClientsTest {

    /** The stored apps, counting the reads that reach them. */
    static final class Stored implements RegisteredClientRepository {
        final Map<String, RegisteredClient> clients = new HashMap<>();
        int reads;

        @Override
        public void save(RegisteredClient client) {
            clients.put(client.getId(), client);
        }

        @Override
        public RegisteredClient findById(String id) {
            reads++;
            return clients.get(id);
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            reads++;
            return clients.values().stream().filter(c -> c.getClientId().equals(clientId)).findFirst().orElse(null);
        }
    }

    private final Stored stored = new Stored();

    @Test
    void anAppReadAgainWithinTheKeepingTimeIsNotReadFromTheStore() {
        RecentClients clients = new RecentClients(stored, Duration.ofMinutes(1));
        clients.save(app("白板", "https://a.example.cn/cb"));

        clients.findByClientId("whiteboard");
        clients.findByClientId("whiteboard");
        clients.findById("id-1");
        clients.findById("id-1");

        assertThat(stored.reads).isEqualTo(2);
    }

    @Test
    void aChangeMadeHereIsSeenAtOnce() {
        RecentClients clients = new RecentClients(stored, Duration.ofMinutes(1));
        clients.save(app("白板", "https://a.example.cn/cb"));
        clients.findByClientId("whiteboard");

        clients.save(app("白板", "https://b.example.cn/cb"));

        assertThat(clients.findByClientId("whiteboard").getRedirectUris()).containsExactly("https://b.example.cn/cb");
        assertThat(clients.findById("id-1").getRedirectUris()).containsExactly("https://b.example.cn/cb");
    }

    @Test
    void unknownAppsAreNeverKeptAndKeptOnesExpire() {
        RecentClients clients = new RecentClients(stored, Duration.ZERO);
        assertThat(clients.findByClientId("whiteboard")).isNull();
        stored.save(app("白板", "https://a.example.cn/cb"));

        assertThat(clients.findByClientId("whiteboard")).isNotNull();
        clients.findByClientId("whiteboard");
        assertThat(stored.reads).isEqualTo(3);
    }

    private static RegisteredClient app(String name, String redirect) {
        return RegisteredClient.withId("id-1").clientId("whiteboard").clientName(name)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri(redirect)
                .scope("openid").build();
    }
}
