package org.renrentong.region;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;

/**
 * Who may change the region tree, in one place: platform administrators anywhere, region administrators within
 * their subtree — adding below their own region, renaming and retiring strictly below it. The root never changes.
 */
final class RegionPolicy {

    private RegionPolicy() {
    }

    static boolean administers(Actor actor, Region region) {
        return actor.is(Role.PLATFORM_ADMIN) || (actor.is(Role.REGION_ADMIN) && actor.governs(region.path()));
    }

    static Region requireAdministers(Actor actor, Region region) {
        if (!administers(actor, region)) {
            throw DomainException.forbidden();
        }
        return region;
    }

    static boolean mayAddUnder(Actor actor, Region parent) {
        return administers(actor, parent) && parent.level() != Region.Level.COUNTY && !parent.retired();
    }

    static boolean mayChange(Actor actor, Region target) {
        if (target.level() == Region.Level.NATIONAL) {
            return false;
        }
        return actor.is(Role.PLATFORM_ADMIN) || (actor.is(Role.REGION_ADMIN) && actor.governs(target.path())
                && !target.path().equals(actor.regionPath()));
    }

    static Region requireMayChange(Actor actor, Region target) {
        if (!mayChange(actor, target)) {
            throw DomainException.forbidden();
        }
        return target;
    }

    /** Whether the actor administers regions at all (then searches stay within their own subtree). */
    static boolean administersRegions(Actor actor) {
        return actor.is(Role.REGION_ADMIN) || actor.is(Role.PLATFORM_ADMIN);
    }

    /** Where an administrator's region pages start: the national root, or the region they administer. */
    static String homeCode(Actor actor) {
        if (actor.is(Role.PLATFORM_ADMIN)) {
            return Region.NATIONAL_CODE;
        }
        if (actor.is(Role.REGION_ADMIN)) {
            return actor.grant().regionCode();
        }
        throw DomainException.forbidden();
    }
}
