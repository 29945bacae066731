package org.renrentong.federation.node;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/** Who may read and change this node's identity, its join tokens, parent and children: platform administrators. */
@Component
class NodePolicy {

    static boolean mayAdminister(Actor actor) {
        return actor != null && actor.is(Role.PLATFORM_ADMIN);
    }

    void checkAdministers(Actor actor) {
        if (!mayAdminister(actor)) {
            throw DomainException.forbidden();
        }
    }
}
