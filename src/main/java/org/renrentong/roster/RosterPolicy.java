package org.renrentong.roster;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may import into which school and read which jobs, in one place: the administrators over the school; a school
 * administrator is held to their own school.
 */
@Component
class RosterPolicy {

    private final Schools schools;

    RosterPolicy(Schools schools) {
        this.schools = schools;
    }

    /** The school to import into or read the jobs of; a school administrator's own when none is named. */
    School managedSchool(Actor actor, Long schoolId) {
        Long id = schoolId != null ? schoolId : (actor.is(Role.SCHOOL_ADMIN) ? actor.schoolId() : null);
        if (id == null) {
            throw DomainException.invalid("roster.school.required");
        }
        School school = schools.get(id);
        if (!actor.managesSchool(id, school.regionPath())) {
            throw DomainException.forbidden();
        }
        return school;
    }

    /**
     * The one school a list of jobs is held to (null: the actor's whole region); only administrators list jobs, and a
     * school asked for by name is checked like any other.
     */
    Long jobsScope(Actor actor, Long schoolId) {
        if (!actor.role().isAdministrator() || actor.regionPath() == null) {
            throw DomainException.forbidden();
        }
        Long only = schoolId != null ? schoolId : actor.is(Role.SCHOOL_ADMIN) ? actor.schoolId() : null;
        if (only != null) {
            managedSchool(actor, only);
        }
        return only;
    }
}
