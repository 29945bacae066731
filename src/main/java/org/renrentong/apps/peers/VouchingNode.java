package org.renrentong.apps.peers;

import java.util.List;
import java.util.Set;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.federation.Peer;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Anchors;
import org.renrentong.identity.Principal;
import org.renrentong.identity.Role;
import org.renrentong.identity.RoleGrant;

/**
 * A joined node as the actor of what it vouches for here (a person's arrival, their sign-out): a node principal, so
 * that the audit log names the node. Its grant reaches nothing — no place, class or child — since a node acts on
 * people only through what identity lets a node do.
 */
final class VouchingNode {

    private VouchingNode() {
    }

    static Actor of(Peer peer) {
        return new Actor(new Principal(PrincipalKind.NODE, 0, peer.code()), peer.name(),
                new RoleGrant(0, Role.GUARDIAN, null, null, null, null),
                new Anchors(null, null, Set.of(), Set.of(), null, null), List.of());
    }
}
