package org.renrentong.apps;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Registered apps, kept for a few seconds after they are read: one sign-in reads its app six to eight times
 * (authorize, consent, code, token, userinfo, and each stored authorization read back). A change made here is seen
 * at once; one made by another node of the same database within the keeping time. Unknown ids are never kept.
 */
final class RecentClients implements RegisteredClientRepository {

    private static final int MOST_KEPT = 10_000;

    private record Kept(RegisteredClient client, long untilNanos) {
    }

    private final RegisteredClientRepository stored;
    private final long keepNanos;
    private final Map<String, Kept> byId = new ConcurrentHashMap<>();
    private final Map<String, Kept> byClientId = new ConcurrentHashMap<>();

    RecentClients(RegisteredClientRepository stored, Duration keep) {
        this.stored = stored;
        this.keepNanos = keep.toNanos();
    }

    @Override
    public void save(RegisteredClient client) {
        forget(client.getId(), client.getClientId());
        stored.save(client);
        forget(client.getId(), client.getClientId());
    }

    @Override
    public RegisteredClient findById(String id) {
        return kept(byId, id, () -> stored.findById(id));
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return kept(byClientId, clientId, () -> stored.findByClientId(clientId));
    }

    private void forget(String id, String clientId) {
        byId.remove(id);
        byClientId.remove(clientId);
    }

    private RegisteredClient kept(Map<String, Kept> keptBy, String key, Supplier<RegisteredClient> read) {
        long now = System.nanoTime();
        Kept kept = key == null ? null : keptBy.get(key);
        if (kept != null && now - kept.untilNanos() < 0) {
            return kept.client();
        }
        RegisteredClient client = read.get();
        if (client != null) {
            if (keptBy.size() >= MOST_KEPT) {
                keptBy.clear();
            }
            keptBy.put(key, new Kept(client, now + keepNanos));
        }
        return client;
    }
}
