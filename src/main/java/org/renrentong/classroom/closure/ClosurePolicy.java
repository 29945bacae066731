package org.renrentong.classroom.closure;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with closures: a school's administrator (and those governing its region) switch the school; a
 * region administrator switches their region or any region or school below it. The figures of a closure are read
 * by those who could switch it and by the administrator of a school it covers. In the online schedule the teachers
 * of a class set its links, and its students open its lessons.
 */
@Component
class ClosurePolicy {

    /** Where a closure applies: a region (regionCode) or a school (schoolId). */
    record Place(String regionCode, Long schoolId, String name, String path) {
    }

    private final Schools schools;
    private final Regions regions;

    ClosurePolicy(Schools schools, Regions regions) {
        this.schools = schools;
        this.regions = regions;
    }

    Place place(String regionCode, Long schoolId) {
        boolean region = regionCode != null && !regionCode.isBlank();
        if (region == (schoolId != null)) {
            throw DomainException.invalid("closure.place.required");
        }
        if (schoolId != null) {
            School school = schools.get(schoolId);
            return new Place(null, school.id(), school.name(), school.regionPath());
        }
        Region r = regions.get(regionCode);
        return new Place(r.code(), null, r.name(), r.path());
    }

    Place requireManages(Actor actor, Place place) {
        if (!mayManage(actor, place.schoolId(), place.path())) {
            throw DomainException.forbidden();
        }
        return place;
    }

    boolean mayManage(Actor actor, Closure closure) {
        return mayManage(actor, closure.schoolId(), closure.placePath());
    }

    Closure requireManages(Actor actor, Closure closure) {
        if (!mayManage(actor, closure)) {
            throw DomainException.forbidden();
        }
        return closure;
    }

    /** Its managers, and the administrator of a school it covers (who sees only their own school). */
    Closure requireSees(Actor actor, Closure closure) {
        if (!mayManage(actor, closure) && !coversOwnSchool(actor, closure)) {
            throw DomainException.forbidden();
        }
        return closure;
    }

    /** Whether the figures go per class of the reader's own school (a school administrator's) or per school. */
    boolean perClass(Actor actor) {
        return actor.is(Role.SCHOOL_ADMIN);
    }

    /** Administrators only: who opens the closures page. */
    void requireAdministrator(Actor actor) {
        if (!actor.role().isAdministrator() || actor.regionPath() == null) {
            throw DomainException.forbidden();
        }
    }

    boolean mayTeach(Actor actor, SchoolClass c) {
        return actor.is(Role.TEACHER) && actor.classIds().contains(c.id());
    }

    boolean mayStudy(Actor actor, SchoolClass c) {
        return actor.is(Role.STUDENT) && actor.classIds().contains(c.id());
    }

    SchoolClass requireTeaches(Actor actor, long classId) {
        SchoolClass c = schools.schoolClass(classId);
        if (!mayTeach(actor, c)) {
            throw DomainException.forbidden();
        }
        return c;
    }

    SchoolClass requireStudentOf(Actor actor, long classId) {
        SchoolClass c = schools.schoolClass(classId);
        if (!mayStudy(actor, c)) {
            throw DomainException.forbidden();
        }
        return c;
    }

    SchoolClass requireReads(Actor actor, long classId) {
        SchoolClass c = schools.schoolClass(classId);
        if (!actor.canSeeClass(c.id(), c.schoolId(), c.regionPath())) {
            throw DomainException.forbidden();
        }
        return c;
    }

    private static boolean mayManage(Actor actor, Long schoolId, String path) {
        return schoolId != null ? actor.managesSchool(schoolId, path) : actor.governs(path);
    }

    private boolean coversOwnSchool(Actor actor, Closure closure) {
        if (!actor.is(Role.SCHOOL_ADMIN) || actor.schoolId() == null) {
            return false;
        }
        return closure.ofSchool() ? closure.schoolId().equals(actor.schoolId())
                : schools.get(actor.schoolId()).regionPath().startsWith(closure.placePath());
    }
}
