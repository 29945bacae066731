package org.renrentong.federation.harvest;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/** Harvest sources are the node's: platform administrators see and manage them. */
@Component
class HarvestPolicy {

    boolean mayManage(Actor actor) {
        return actor != null && actor.is(Role.PLATFORM_ADMIN);
    }

    void checkManages(Actor actor) {
        if (!mayManage(actor)) {
            throw DomainException.forbidden();
        }
    }
}
