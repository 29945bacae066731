package org.renrentong.federation.node;

import java.time.Instant;
import org.renrentong.federation.NodeLevel;

/** A parent or child as listed: who it is, where, its state, when it joined and when it was last heard of. */
record PeerView(String code, String name, NodeLevel level, String regionCode, String regionName, String baseUrl,
                NodePeer.State state, Instant joinedAt, Instant lastContactAt) {

    static PeerView of(NodePeer p, String regionName) {
        return new PeerView(p.code(), p.name(), p.level(), p.regionCode(), regionName, p.baseUrl(), p.state(),
                p.joinedAt(), p.lastContactAt());
    }
}
