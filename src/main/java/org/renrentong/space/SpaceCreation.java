package org.renrentong.space;

import org.renrentong.identity.IdentityEvents;
import org.renrentong.org.OrgEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every person, bureau, school, class and group gets its space once its creation commits: the events come through
 * the event publication registry, so a failed or interrupted delivery is retried. Creating a space that exists
 * already does nothing, so a redelivery (or a space made on first need meanwhile) is harmless.
 */
@Component
class SpaceCreation {

    private final SpaceRepository spaces;

    SpaceCreation(SpaceRepository spaces) {
        this.spaces = spaces;
    }

    /** A whole chunk of newcomers in one statement (an import announces thousands at a time). */
    @ApplicationModuleListener
    void on(IdentityEvents.PeopleCreated e) {
        spaces.insertPersonal(e.people());
    }

    @ApplicationModuleListener
    void on(OrgEvents.BureauCreated e) {
        spaces.insert(SpaceKind.BUREAU, e.bureauId(), e.name(), e.regionPath(), null);
    }

    @ApplicationModuleListener
    void on(OrgEvents.SchoolCreated e) {
        spaces.insert(SpaceKind.SCHOOL, e.schoolId(), e.name(), e.regionPath(), e.schoolId());
    }

    @ApplicationModuleListener
    void on(OrgEvents.ClassCreated e) {
        spaces.insert(SpaceKind.CLASS, e.classId(), e.fullName(), e.regionPath(), e.schoolId());
    }

    @ApplicationModuleListener
    void on(OrgEvents.GroupCreated e) {
        spaces.insert(SpaceKind.GROUP, e.groupId(), e.name(), e.regionPath(), e.schoolId());
    }
}
