package org.renrentong.classroom.timetable;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change timetables: a class's timetable is read by its members (teachers, students, guardians of
 * its students) and the administrators over its school; it is changed by those administrators and by the class's
 * head teacher. A school's bell schedule and imports belong to its administrators.
 */
@Component
class TimetablePolicy {

    private final Schools schools;
    private final TimetableRepository repository;

    TimetablePolicy(Schools schools, TimetableRepository repository) {
        this.schools = schools;
        this.repository = repository;
    }

    SchoolClass requireReads(Actor actor, long classId) {
        SchoolClass c = schools.schoolClass(classId);
        if (!actor.canSeeClass(c.id(), c.schoolId(), c.regionPath())) {
            throw DomainException.forbidden();
        }
        return c;
    }

    boolean mayEdit(Actor actor, SchoolClass c) {
        return actor.managesSchool(c.schoolId(), c.regionPath())
                || actor.is(Role.TEACHER) && actor.classIds().contains(c.id())
                && repository.isHeadTeacher(actor.personId(), c.id());
    }

    SchoolClass requireEdits(Actor actor, long classId) {
        SchoolClass c = schools.schoolClass(classId);
        if (!mayEdit(actor, c)) {
            throw DomainException.forbidden();
        }
        return c;
    }

    School requireManages(Actor actor, long schoolId) {
        School school = schools.get(schoolId);
        if (!actor.managesSchool(school.id(), school.regionPath())) {
            throw DomainException.forbidden();
        }
        return school;
    }

    /** A teacher's own week: teachers only. */
    long requireTeacher(Actor actor) {
        if (!actor.is(Role.TEACHER) || actor.schoolId() == null) {
            throw DomainException.forbidden();
        }
        return actor.schoolId();
    }
}
