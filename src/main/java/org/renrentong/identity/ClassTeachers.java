package org.renrentong.identity;

import java.util.List;
import java.util.Optional;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;

/**
 * Reads who teaches which class and subject. The pages ask with the actor (scope checked); the other modules
 * (homework, timetables) ask by id for what they then check against their own rules: the subject teachers of a
 * class, the head teacher, and the classes and subjects of a teacher.
 */
@Service
public class ClassTeachers {

    /** A teacher of the school, as the choices of the class page offer them. */
    public record Choice(long personId, String name, String staffNo) {
    }

    private final ClassTeacherRepository repository;
    private final IdentityPolicy policy;
    private final Places places;
    private final SubjectCodes subjects;
    private final PeopleRepository people;

    ClassTeachers(ClassTeacherRepository repository, IdentityPolicy policy, Places places, SubjectCodes subjects,
                  PeopleRepository people) {
        this.repository = repository;
        this.policy = policy;
        this.places = places;
        this.subjects = subjects;
        this.people = people;
    }

    /** The teaching of a class, for its members and the administrators of its school. */
    public ClassTeaching ofClass(Actor actor, long classId) {
        PeopleRepository.Anchor place = policy.visibleClass(actor, classId);
        String name = places.schoolClass(classId).map(SchoolPlaces.SchoolClass::fullName).orElse("");
        List<ClassTeacherRepository.Member> members = repository.members(classId);
        List<ClassTeaching.SubjectTeacher> taught = subjectTeachers(classId);
        ClassTeaching.Teacher head = members.stream().filter(ClassTeacherRepository.Member::head).findFirst()
                .map(ClassTeachers::teacher).orElse(null);
        List<ClassTeaching.Teacher> others = members.stream()
                .filter(m -> !m.head() && taught.stream().noneMatch(t -> t.personId() == m.personId()))
                .map(ClassTeachers::teacher).toList();
        return new ClassTeaching(classId, name, place.schoolId(), head, taught, others);
    }

    /** The teachers of the class's school an administrator may assign, by name. */
    public List<Choice> choices(Actor actor, long classId) {
        PeopleRepository.Anchor place = policy.managedClass(actor, classId);
        return repository.teachersAt(place.schoolId()).stream()
                .map(t -> new Choice(t.id(), t.name(), t.staffNo())).toList();
    }

    /** Whether the actor may change the teachers of the class. */
    public boolean mayAssign(Actor actor, long classId) {
        return places.schoolClass(classId).map(c -> actor.managesSchool(c.schoolId(), c.regionPath()))
                .orElse(false);
    }

    /** The subjects offered for assignments: the current standard subjects. */
    public List<SubjectCodes.Subject> subjects() {
        return subjects.current();
    }

    /** The classes and subjects a person teaches, for themselves and for those who may see them. */
    public List<ClassTeaching.TaughtSubject> taughtBy(Actor actor, long personId) {
        Person person = people.find(personId).orElseThrow(() -> DomainException.notFound("person.unknown"));
        if (!policy.maySee(actor, person)) {
            throw DomainException.forbidden();
        }
        return taughtBy(personId);
    }

    /** The subject teachers of a class, by subject code. */
    public List<ClassTeaching.SubjectTeacher> subjectTeachers(long classId) {
        return repository.subjects(classId).stream().map(s -> new ClassTeaching.SubjectTeacher(s.subject(),
                name(s.subject()), s.personId(), s.name())).toList();
    }

    /** The teacher of a subject (its code) in a class. */
    public Optional<Long> teacherOf(long classId, String subject) {
        return repository.teacherOf(classId, subject);
    }

    public Optional<Long> headOf(long classId) {
        return repository.headOf(classId);
    }

    /**
     * Whether a teacher of the class may set work (homework, quizzes) in a subject there. Where the class has subject
     * teachers, only the subject's teacher may, and the head teacher, who answers for the whole class and may set
     * any subject; in a class without subject teachers, and for work without a subject, teaching the class is enough.
     */
    public boolean maySetWork(long personId, long classId, String subject) {
        if (subject == null || repository.subjects(classId).isEmpty()) {
            return true;
        }
        return headOf(classId).filter(h -> h == personId).isPresent()
                || teacherOf(classId, subject).filter(t -> t == personId).isPresent();
    }

    /** The classes and subjects a person teaches, by class. */
    public List<ClassTeaching.TaughtSubject> taughtBy(long personId) {
        return repository.assignments(personId).stream()
                .map(a -> new ClassTeaching.TaughtSubject(a.classId(), a.subject(), name(a.subject()))).toList();
    }

    private String name(String code) {
        return subjects.name(code).orElse(code);
    }

    private static ClassTeaching.Teacher teacher(ClassTeacherRepository.Member m) {
        return new ClassTeaching.Teacher(m.personId(), m.name(), m.formerSubject());
    }
}
