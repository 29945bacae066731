package org.renrentong.apps.catalogue;

import org.renrentong.apps.provider.Provider;
import org.renrentong.apps.provider.Providers;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.region.Region;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with apps: a provider's own accounts register and apply them, a region's administrator (or one
 * above) decides at the region, a school's administrator hides them there, and the approving administrator or a
 * platform administrator suspends them.
 */
@Component
class CataloguePolicy {

    private final Providers providers;

    CataloguePolicy(Providers providers) {
        this.providers = providers;
    }

    /** The provider whose accounts the actor is one of. */
    Provider providerOf(Actor actor) {
        return providers.mine(actor);
    }

    /** The actor's provider, which must be approved before it registers apps. */
    Provider registering(Actor actor) {
        Provider provider = providers.mine(actor);
        if (!provider.approved()) {
            throw DomainException.invalid("apps.app.providerNotApproved");
        }
        return provider;
    }

    void requireOwner(Actor actor, App app) {
        if (!owns(actor, app)) {
            throw DomainException.forbidden();
        }
    }

    boolean owns(Actor actor, App app) {
        return actor.is(Role.APP_PROVIDER) && providers.mine(actor).id() == app.providerId();
    }

    void requireGoverns(Actor actor, Region region) {
        if (!actor.governs(region.path())) {
            throw DomainException.forbidden();
        }
    }

    void requireManages(Actor actor, School school) {
        if (!actor.managesSchool(school.id(), school.regionPath())) {
            throw DomainException.forbidden();
        }
    }

    /** The administrator of a region that approved it, or a platform administrator. */
    void requireSuspends(Actor actor, App app) {
        boolean approver = app.regions().stream().anyMatch(r -> r.decision() == Decision.APPROVED
                && actor.governs(r.regionPath()));
        if (!actor.is(Role.PLATFORM_ADMIN) && !approver) {
            throw DomainException.forbidden();
        }
    }
}
