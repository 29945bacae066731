package org.renrentong.federation.harvest;

import java.util.List;
import java.util.Set;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Anchors;
import org.renrentong.identity.Principal;
import org.renrentong.identity.RoleGrant;
import org.renrentong.identity.Role;
import org.renrentong.shared.ThisNode;
import org.springframework.stereotype.Component;

/**
 * This node as the actor of harvesting: a node principal (no person), so that harvested resources have no owner
 * and the audit log names the node. Its grant reaches the whole node, as the harvest does.
 */
@Component
class HarvestingNode {

    private final ThisNode node;

    HarvestingNode(ThisNode node) {
        this.node = node;
    }

    Actor actor() {
        return new Actor(new Principal(PrincipalKind.NODE, 0, node.code()), node.code(),
                new RoleGrant(0, Role.PLATFORM_ADMIN, null, null, null, null),
                new Anchors("", null, Set.of(), Set.of(), null, null), List.of());
    }

    String code() {
        return node.code();
    }
}
