package org.renrentong.identity;

import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * What a teaching assignment must satisfy, whichever form makes it: the teacher teaches at the class's school, the
 * subject is a current standard subject, and a class has one head teacher.
 */
@Component
class TeachingRules {

    private static final int ECHOED = 32;

    private final PeopleRepository people;
    private final ClassTeacherRepository classTeachers;
    private final SubjectCodes subjects;

    TeachingRules(PeopleRepository people, ClassTeacherRepository classTeachers, SubjectCodes subjects) {
        this.people = people;
        this.classTeachers = classTeachers;
        this.subjects = subjects;
    }

    /** A person holding the teacher role at the class's school. */
    Person requireTeacherOf(PeopleRepository.Anchor classPlace, long teacherId) {
        Person teacher = people.find(teacherId).orElseThrow(() -> DomainException.invalid("teaching.teacher.unknown"));
        if (!classPlace.schoolId().equals(teacher.schoolId())) {
            throw DomainException.invalid("person.teacher.otherSchool");
        }
        if (!people.holds(teacherId, Role.TEACHER, classPlace.schoolId())) {
            throw DomainException.invalid("person.teacher.notTeacher");
        }
        return teacher;
    }

    /** The code of a current subject, given as its code or standard name. */
    String requireSubject(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            throw DomainException.invalid("teaching.subject.required");
        }
        String text = codeOrName.strip();
        return subjects.codeOf(text).orElseThrow(() -> DomainException.invalid("teaching.subject.unknown",
                text.length() > ECHOED ? text.substring(0, ECHOED) : text));
    }

    /** The class has no head teacher, or this teacher is it already. */
    void requireNoOtherHead(long classId, long teacherId) {
        classTeachers.headOf(classId).filter(head -> head != teacherId).ifPresent(head -> {
            throw DomainException.conflict("teaching.head.taken",
                    people.find(head).map(Person::name).orElse(String.valueOf(head)));
        });
    }

    String subjectName(String code) {
        return subjects.name(code).orElse(code);
    }
}
