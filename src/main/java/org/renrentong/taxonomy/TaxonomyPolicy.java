package org.renrentong.taxonomy;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;

/**
 * Who may change the textbook tree, in one place: the platform administrators, for the whole node. Everyone reads
 * it.
 */
final class TaxonomyPolicy {

    private TaxonomyPolicy() {
    }

    static boolean mayEdit(Actor actor) {
        return actor != null && actor.is(Role.PLATFORM_ADMIN);
    }

    static void requireEditor(Actor actor) {
        if (!mayEdit(actor)) {
            throw DomainException.forbidden();
        }
    }
}
