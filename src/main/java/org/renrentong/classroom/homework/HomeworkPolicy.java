package org.renrentong.classroom.homework;

import org.renrentong.identity.Actor;
import org.renrentong.identity.ClassTeachers;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may do what with homework, in one place. A teacher assigns to the classes they teach and changes only their
 * own homework; the teachers of a class (and the administrators over its school) see its students' work, and only
 * its teachers grade it; a student sees and hands in only homework that goes to them; a guardian reads their
 * children's. Another student's work is seen only when a teacher showed it to the class as excellent.
 */
@Component
class HomeworkPolicy {

    private final HomeworkRepository homework;
    private final ClassTeachers teachers;

    HomeworkPolicy(HomeworkRepository homework, ClassTeachers teachers) {
        this.homework = homework;
        this.teachers = teachers;
    }

    /** Assigning to the class: a teacher who teaches it, and the subject there (a head teacher: any subject). */
    void requireTeaches(Actor actor, long classId, String subject) {
        if (!actor.is(Role.TEACHER) || !actor.classIds().contains(classId)) {
            throw new DomainException(HttpStatus.FORBIDDEN, "homework.class.notTaught");
        }
        if (!teachers.maySetWork(actor.personId(), classId, subject)) {
            throw new DomainException(HttpStatus.FORBIDDEN, "homework.subject.notTaught");
        }
    }

    /** Changing or withdrawing: the teacher who assigned it. */
    void requireOwner(Actor actor, Homework h) {
        if (!actor.is(Role.TEACHER) || h.teacherId() != actor.personId()) {
            throw DomainException.forbidden();
        }
    }

    /** The teacher's view of its work in one of its classes: that class's teachers and school administrators. */
    void requireTeacherView(Actor actor, Homework h, long classId) {
        if (!assignedTo(h, classId) || !(owns(actor, h) || actor.canTeachClass(classId, h.schoolId(), h.regionPath()))) {
            throw DomainException.forbidden();
        }
    }

    /** Grading a submission of the class: only a teacher of that class. */
    void requireGrading(Actor actor, Homework h, long classId) {
        if (!assignedTo(h, classId) || !actor.is(Role.TEACHER) || !actor.classIds().contains(classId)) {
            throw new DomainException(HttpStatus.FORBIDDEN, "homework.grade.notYourClass");
        }
    }

    /** Handing in: a student it goes to; the class they get it in. */
    long requireSubmitting(Actor actor, Homework h) {
        if (!actor.is(Role.STUDENT) || h.withdrawn()) {
            throw new DomainException(HttpStatus.FORBIDDEN, "homework.notAssigned");
        }
        return homework.classOf(h.id(), actor.personId())
                .orElseThrow(() -> new DomainException(HttpStatus.FORBIDDEN, "homework.notAssigned"));
    }

    /** Reading the homework itself: its teachers, a student it goes to, a guardian of one. */
    void requireReading(Actor actor, Homework h) {
        if (teacherView(actor, h)) {
            return;
        }
        if (h.withdrawn()) {
            throw DomainException.forbidden();
        }
        boolean student = actor.is(Role.STUDENT) && homework.classOf(h.id(), actor.personId()).isPresent();
        boolean guardian = actor.is(Role.GUARDIAN)
                && actor.childIds().stream().anyMatch(c -> homework.classOf(h.id(), c).isPresent());
        if (!student && !guardian) {
            throw DomainException.forbidden();
        }
    }

    /**
     * Reading a student's work: the student, their guardians, the class's teachers; the members of the class when a
     * teacher showed it as excellent.
     */
    void requireReadingWork(Actor actor, Homework h, SubmissionRepository.Row work) {
        boolean own = actor.is(Role.STUDENT) && actor.personId() == work.studentId();
        boolean child = actor.isGuardianOf(work.studentId());
        boolean shown = work.excellent() && actor.belongsToClass(work.classId());
        if (!own && !child && !shown && !teacherViewOf(actor, h, work.classId())) {
            throw DomainException.forbidden();
        }
    }

    /** Seeing excellent work of the class: its members and teachers. */
    void requireClassMember(Actor actor, Homework h, long classId) {
        if (!assignedTo(h, classId) || !(actor.belongsToClass(classId) || teacherViewOf(actor, h, classId))) {
            throw DomainException.forbidden();
        }
    }

    /** Whether the actor reads it as one of its teachers (or an administrator over them). */
    boolean teacherView(Actor actor, Homework h) {
        return owns(actor, h) || h.classes().stream().anyMatch(c -> teacherViewOf(actor, h, c.classId()));
    }

    boolean teacherViewOf(Actor actor, Homework h, long classId) {
        return assignedTo(h, classId)
                && (owns(actor, h) || actor.canTeachClass(classId, h.schoolId(), h.regionPath()));
    }

    private static boolean owns(Actor actor, Homework h) {
        return actor.is(Role.TEACHER) && actor.principal().isPerson() && h.teacherId() == actor.personId();
    }

    private static boolean assignedTo(Homework h, long classId) {
        return h.classes().stream().anyMatch(c -> c.classId() == classId);
    }
}
