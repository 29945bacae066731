package org.renrentong.outbox;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/** Who may see the outbox and deliver an event again: platform administrators, for the whole node. */
@Component
class OutboxPolicy {

    boolean mayOpen(Actor actor) {
        return actor != null && actor.is(Role.PLATFORM_ADMIN);
    }

    void checkOpens(Actor actor) {
        if (!mayOpen(actor)) {
            throw DomainException.forbidden();
        }
    }
}
