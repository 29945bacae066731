package org.renrentong.apps.provider;

import org.renrentong.audit.PrincipalKind;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;

/**
 * Who may do what with app providers: this node's registration desk records a visitor's enterprise, platform
 * administrators vet it, and the enterprise's own accounts see it.
 */
final class ProviderPolicy {

    private ProviderPolicy() {
    }

    /** Only this node's desk registers an enterprise: no person is signed in yet. */
    static void requireDesk(Actor actor, String nodeCode) {
        boolean desk = actor.principal().kind() == PrincipalKind.NODE && actor.account().equals(nodeCode)
                && actor.is(Role.APP_PROVIDER);
        if (!desk) {
            throw DomainException.forbidden();
        }
    }

    static void requirePlatformAdmin(Actor actor) {
        if (!actor.is(Role.PLATFORM_ADMIN)) {
            throw DomainException.forbidden();
        }
    }

    static void requireOwner(Actor actor, Provider provider) {
        if (!owns(actor, provider)) {
            throw DomainException.forbidden();
        }
    }

    static boolean owns(Actor actor, Provider provider) {
        return actor.is(Role.APP_PROVIDER) && actor.anchors().organisationId() != null
                && actor.anchors().organisationId() == provider.organisationId();
    }
}
