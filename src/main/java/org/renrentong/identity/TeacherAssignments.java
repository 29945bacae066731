package org.renrentong.identity;

import org.renrentong.audit.AuditLog;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school administrator sets who teaches a class: its one head teacher, and one teacher per subject. A teacher who
 * is left with neither in a class after a change no longer teaches it, so their scope follows the assignments.
 */
@Service
public class TeacherAssignments {

    private final ClassTeacherRepository repository;
    private final IdentityPolicy policy;
    private final TeachingRules rules;
    private final AuditLog audit;

    TeacherAssignments(ClassTeacherRepository repository, IdentityPolicy policy, TeachingRules rules,
                       AuditLog audit) {
        this.repository = repository;
        this.policy = policy;
        this.rules = rules;
        this.audit = audit;
    }

    /** Makes a teacher of the school the class's head teacher; a class that has another one is refused. */
    @Transactional
    public void setHead(Actor actor, long classId, long teacherId) {
        PeopleRepository.Anchor place = policy.managedClass(actor, classId);
        rules.requireTeacherOf(place, teacherId);
        rules.requireNoOtherHead(classId, teacherId);
        repository.setHead(classId, teacherId);
        audit.record(actor.audited("HEAD_TEACHER_SET", "class", classId, place.path(), place.schoolId(), teacherId));
    }

    @Transactional
    public void removeHead(Actor actor, long classId) {
        PeopleRepository.Anchor place = policy.managedClass(actor, classId);
        long head = repository.headOf(classId).orElseThrow(() -> DomainException.notFound("teaching.head.none"));
        repository.clearHead(classId, head);
        repository.prune(classId, head);
        audit.record(actor.audited("HEAD_TEACHER_REMOVED", "class", classId, place.path(), place.schoolId(), head));
    }

    /** A teacher of the school teaches the subject (code or standard name) in the class, in place of anyone before. */
    @Transactional
    public void assignSubject(Actor actor, long classId, String subject, long teacherId) {
        PeopleRepository.Anchor place = policy.managedClass(actor, classId);
        String code = rules.requireSubject(subject);
        rules.requireTeacherOf(place, teacherId);
        repository.assignSubject(classId, code, teacherId);
        audit.record(actor.audited("SUBJECT_TEACHER_ASSIGNED", "class", classId, place.path(), place.schoolId(),
                rules.subjectName(code), teacherId));
    }

    @Transactional
    public void removeSubject(Actor actor, long classId, String subject) {
        PeopleRepository.Anchor place = policy.managedClass(actor, classId);
        String code = subject == null ? "" : subject.strip();
        long teacher = repository.teacherOf(classId, code)
                .orElseThrow(() -> DomainException.notFound("teaching.subject.notAssigned"));
        repository.removeSubject(classId, code);
        repository.prune(classId, teacher);
        audit.record(actor.audited("SUBJECT_TEACHER_REMOVED", "class", classId, place.path(), place.schoolId(),
                rules.subjectName(code), teacher));
    }

    /** Takes a teacher off the class altogether: head teacher role and subjects there included. */
    @Transactional
    public void removeTeacher(Actor actor, long classId, long teacherId) {
        PeopleRepository.Anchor place = policy.managedClass(actor, classId);
        if (!repository.teaches(teacherId, classId)) {
            throw DomainException.notFound("teaching.teacher.notInClass");
        }
        repository.remove(classId, teacherId);
        audit.record(actor.audited("CLASS_TEACHER_REMOVED", "class", classId, place.path(), place.schoolId(),
                teacherId));
    }
}
