package org.renrentong.federation.harvest;

import org.renrentong.identity.Actor;
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
        return Actor.ofNode(node.code(), node.code(), Role.PLATFORM_ADMIN, "");
    }

    String code() {
        return node.code();
    }
}
