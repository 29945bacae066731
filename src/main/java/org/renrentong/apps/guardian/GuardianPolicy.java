package org.renrentong.apps.guardian;

import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/** A child's guardians decide about the child's data; a child under 14 asks them, for themself only. */
@Component
class GuardianPolicy {

    private final Minors minors;

    GuardianPolicy(Minors minors) {
        this.minors = minors;
    }

    void requireGuardian(Actor actor, long childId) {
        if (!actor.isGuardianOf(childId)) {
            throw DomainException.forbidden();
        }
    }

    /** The acting child, who must be under 14: older people consent for themselves. */
    long askingChild(Actor student) {
        return minors.underFourteen(student.account()).orElseThrow(DomainException::forbidden);
    }
}
