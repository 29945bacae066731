package org.renrentong.federation.node;

import java.time.Instant;
import org.renrentong.federation.NodeLevel;
import org.renrentong.federation.Peer;

/** A node joined to this one, as stored: its place (parent or child), key, state and when it was last heard of. */
record NodePeer(long id, String code, Relation relation, String name, NodeLevel level, String regionCode,
                String baseUrl, String keyId, byte[] publicKey, State state, Instant joinedAt,
                Instant lastContactAt) {

    enum Relation { PARENT, CHILD }

    enum State { ACTIVE, SUSPENDED }

    Peer asPeer() {
        return new Peer(code, name, level, regionCode, baseUrl);
    }
}
