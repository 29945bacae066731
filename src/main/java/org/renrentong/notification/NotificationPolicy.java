package org.renrentong.notification;

import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the notification centre: every signed-in person, to their own notifications and channel
 * choices only (the queries then name that person, so another's are never found).
 */
@Component
class NotificationPolicy {

    /** The person whose notifications the actor may read and mark: their own; a visitor has none. */
    long owner(Actor actor) {
        if (actor == null) {
            throw DomainException.forbidden();
        }
        return actor.personId();
    }
}
