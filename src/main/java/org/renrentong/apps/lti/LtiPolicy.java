package org.renrentong.apps.lti;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;

/**
 * Who may do what with LTI tools: platform administrators register the node's own, providers describe their apps',
 * a class's teachers place content in it,
 * and its teachers and students launch it (a guardian is no member of the course).
 */
final class LtiPolicy {

    private LtiPolicy() {
    }

    static void requireAdministers(Actor me) {
        if (!me.is(Role.PLATFORM_ADMIN)) {
            throw DomainException.forbidden();
        }
    }

    /** Only a provider's own accounts describe its apps' tools (administrators may read them). */
    static void requireProvider(Actor me) {
        if (!me.is(Role.APP_PROVIDER)) {
            throw DomainException.forbidden();
        }
    }

    static boolean places(Actor me, long classId) {
        return me.is(Role.TEACHER) && me.belongsToClass(classId);
    }

    static boolean launchesIn(Actor me, long classId) {
        return (me.is(Role.TEACHER) || me.is(Role.STUDENT)) && me.belongsToClass(classId);
    }

    /** A launch in the class; picking content to place there (deep linking) is for its teachers. */
    static boolean launches(Actor me, long classId, boolean pick) {
        return pick ? places(me, classId) : launchesIn(me, classId);
    }
}
