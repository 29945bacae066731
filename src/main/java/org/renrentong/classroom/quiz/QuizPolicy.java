package org.renrentong.classroom.quiz;

import java.util.Set;
import org.renrentong.identity.Actor;
import org.renrentong.identity.ClassTeachers;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may do what with items and quizzes. Teachers keep items (their own, and read their school's shared ones) and
 * set quizzes for the classes they teach; a student takes the quizzes of their class and sees only their own
 * answers; the school's administrators and those governing it read the results.
 */
@Component
class QuizPolicy {

    private final ClassTeachers teachers;

    QuizPolicy(ClassTeachers teachers) {
        this.teachers = teachers;
    }

    void requireTeacher(Actor actor) {
        if (!actor.is(Role.TEACHER) || actor.schoolId() == null) {
            throw DomainException.forbidden();
        }
    }

    /** Reading an item: its owner, and the teachers of its school when shared. */
    boolean maySee(Actor actor, Item item) {
        return actor.is(Role.TEACHER) && (item.ownerId() == actor.personId()
                || item.shared() && item.schoolId() != null && item.schoolId().equals(actor.schoolId()));
    }

    Item requireSees(Actor actor, Item item) {
        if (!maySee(actor, item)) {
            throw DomainException.forbidden();
        }
        return item;
    }

    /** Changing or retiring an item: its owner only. */
    Item requireOwns(Actor actor, Item item) {
        if (!actor.is(Role.TEACHER) || item.ownerId() != actor.personId()) {
            throw DomainException.forbidden();
        }
        return item;
    }

    /** Assigning to classes: each one taught by the teacher. */
    void requireTeaches(Actor actor, Set<Long> classIds) {
        requireTeacher(actor);
        if (classIds.isEmpty() || !actor.classIds().containsAll(classIds)) {
            throw DomainException.forbidden();
        }
    }

    /** Setting a quiz of the subject for the classes: the subject's teacher there (a head teacher: any subject). */
    void requireTeachesSubject(Actor actor, Set<Long> classIds, String subject) {
        if (!classIds.stream().allMatch(c -> teachers.maySetWork(actor.personId(), c, subject))) {
            throw new DomainException(HttpStatus.FORBIDDEN, "quiz.subject.notTaught");
        }
    }

    /** Managing a quiz (marking, re-marking): the teacher who set it. */
    Quiz requireOwns(Actor actor, Quiz quiz) {
        if (!actor.is(Role.TEACHER) || quiz.ownerId() != actor.personId()) {
            throw DomainException.forbidden();
        }
        return quiz;
    }

    /** Reading the results: the teacher who set it, and the administrators over its school. */
    Quiz requireResults(Actor actor, Quiz quiz, School school) {
        boolean owner = actor.is(Role.TEACHER) && quiz.ownerId() == actor.personId();
        if (!owner && !actor.managesSchool(school.id(), school.regionPath())) {
            throw DomainException.forbidden();
        }
        return quiz;
    }

    /** Taking a quiz: a student of one of its classes; returns that class. */
    long requireTaker(Actor actor, Quiz quiz) {
        if (actor.is(Role.STUDENT)) {
            for (long classId : quiz.classIds()) {
                if (actor.classIds().contains(classId)) {
                    return classId;
                }
            }
        }
        throw DomainException.forbidden();
    }
}
