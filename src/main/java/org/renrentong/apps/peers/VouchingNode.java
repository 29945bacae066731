package org.renrentong.apps.peers;

import org.renrentong.federation.Peer;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;

/**
 * A joined node as the actor of what it vouches for here (a person's arrival, their sign-out): a node principal, so
 * that the audit log names the node. Its grant reaches nothing — no place, class or child — since a node acts on
 * people only through what identity lets a node do.
 */
final class VouchingNode {

    private VouchingNode() {
    }

    static Actor of(Peer peer) {
        return Actor.ofNode(peer.code(), peer.name(), Role.GUARDIAN, null);
    }
}
