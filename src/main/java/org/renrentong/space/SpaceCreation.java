package org.renrentong.space;

import org.renrentong.identity.IdentityEvents;
import org.renrentong.org.OrgEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every person, bureau, school, class and group gets its space in the same transaction that creates it: these
 * listeners run synchronously inside the publisher's transaction, so both are committed or neither is.
 */
@Component
class SpaceCreation {

    private final SpaceRepository spaces;

    SpaceCreation(SpaceRepository spaces) {
        this.spaces = spaces;
    }

    @EventListener
    void on(IdentityEvents.PersonCreated e) {
        spaces.insert(SpaceKind.PERSONAL, e.personId(), e.name(), e.regionPath(), e.schoolId());
    }

    @EventListener
    void on(OrgEvents.BureauCreated e) {
        spaces.insert(SpaceKind.BUREAU, e.bureauId(), e.name(), e.regionPath(), null);
    }

    @EventListener
    void on(OrgEvents.SchoolCreated e) {
        spaces.insert(SpaceKind.SCHOOL, e.schoolId(), e.name(), e.regionPath(), e.schoolId());
    }

    @EventListener
    void on(OrgEvents.ClassCreated e) {
        spaces.insert(SpaceKind.CLASS, e.classId(), e.fullName(), e.regionPath(), e.schoolId());
    }

    @EventListener
    void on(OrgEvents.GroupCreated e) {
        spaces.insert(SpaceKind.GROUP, e.groupId(), e.name(), e.regionPath(), e.schoolId());
    }
}
