package org.renrentong.classroom.calendar;

import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.org.Schools;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may see and set a calendar: a school's administrators (and those governing its region) set its own; a
 * region's administrators set the region's for all its schools. A school's people see their school's calendar,
 * and a school's administrator the calendars of the regions above, which the school inherits.
 */
@Component
class CalendarPolicy {

    /** Where a calendar's owner stands, for scope checks and audit. */
    record Place(String name, String regionPath, Long schoolId) {
    }

    private final Schools schools;
    private final Regions regions;

    CalendarPolicy(Schools schools, Regions regions) {
        this.schools = schools;
        this.regions = regions;
    }

    Place place(CalendarOwner owner) {
        if (owner.isSchool()) {
            School school = schools.get(owner.schoolId());
            return new Place(school.name(), school.regionPath(), school.id());
        }
        var region = regions.get(owner.regionCode());
        return new Place(region.name(), region.path(), null);
    }

    boolean mayManage(Actor actor, CalendarOwner owner) {
        Place place = place(owner);
        return place.schoolId() != null ? actor.managesSchool(place.schoolId(), place.regionPath())
                : actor.governs(place.regionPath());
    }

    Place requireManages(Actor actor, CalendarOwner owner) {
        if (!mayManage(actor, owner)) {
            throw DomainException.forbidden();
        }
        return place(owner);
    }

    Place requireSees(Actor actor, CalendarOwner owner) {
        Place place = place(owner);
        boolean ownSchool = actor.schoolId() != null && place.schoolId() != null
                && actor.schoolId().longValue() == place.schoolId();
        boolean aboveOwnSchool = actor.schoolId() != null && place.schoolId() == null
                && schools.get(actor.schoolId()).regionPath().startsWith(place.regionPath());
        if (!ownSchool && !aboveOwnSchool && !mayManage(actor, owner)) {
            throw DomainException.forbidden();
        }
        return place;
    }
}
