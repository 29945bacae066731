package org.renrentong.federation.node;

import java.time.Instant;
import org.renrentong.federation.NodeLevel;

/** A join token just issued: the token is shown this once, to be handed to the child's administrator. */
record IssuedToken(long id, String token, String childName, NodeLevel childLevel, String childRegionCode,
                   Instant expiresAt) {
}
