package org.renrentong.federation.node;

import java.time.Instant;
import org.renrentong.federation.NodeLevel;

/** A join token not yet used nor revoked, for the named child it was issued for; the token itself is not kept. */
record JoinToken(long id, String childName, NodeLevel childLevel, String childRegionCode, Instant issuedAt,
                 Instant expiresAt) {

    public boolean expired() {
        return !Instant.now().isBefore(expiresAt);
    }
}
