package org.renrentong.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.Slice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Real-name people: creation by administrators, teaching, reading within scope, unlocking. */
@Service
public class People {

    static final String DEFAULT_RELATION = "监护人";

    private final PeopleRepository repository;
    private final IdentityPolicy policy;
    private final IdCardVault vault;
    private final Passwords passwords;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;
    private final ClassTeacherRepository classTeachers;
    private final TeachingRules rules;

    People(PeopleRepository repository, IdentityPolicy policy, IdCardVault vault, Passwords passwords, AuditLog audit,
           ApplicationEventPublisher events, SignInThrottle throttle, ClassTeacherRepository classTeachers,
           TeachingRules rules) {
        this.throttle = throttle;
        this.classTeachers = classTeachers;
        this.rules = rules;
        this.repository = repository;
        this.policy = policy;
        this.vault = vault;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Person create(Actor actor, NewPerson form) {
        requireComplete(form);
        PeopleRepository.Anchor anchor = policy.forNewPerson(actor, form);
        String phone = optionalPhone(form.phone());
        String idCard = optionalIdCard(form.idCard());
        byte[] idHash = idCard == null ? null : vault.hash(idCard);
        if (phone != null && repository.byPhone(phone).isPresent()) {
            throw DomainException.conflict("person.phone.taken");
        }
        if (idHash != null && repository.idCardTaken(idHash)) {
            throw DomainException.conflict("person.idCard.taken");
        }
        String number = form.number() == null || form.number().isBlank() ? null : form.number().trim();
        boolean student = form.role() == Role.STUDENT;
        boolean staff = form.role() == Role.TEACHER || form.role() == Role.SCHOOL_ADMIN;
        if ((student || staff) && number != null
                && repository.numberTaken(anchor.schoolId(), student ? "student_no" : "staff_no", number)) {
            throw DomainException.conflict("person.number.taken", number);
        }
        PasswordPolicy.require(form.initialPassword());
        String account = Accounts.forRole(form.role(), anchor.schoolId(), number);
        if (repository.accountTaken(account)) {
            account = account + "-" + System.currentTimeMillis() % 100000;
        }
        long id = repository.insert(account, form.name().trim(), form.gender(), phone,
                idCard == null ? null : vault.encrypt(idCard), idHash, idCard == null ? null : IdCardNumber.mask(idCard),
                (student || staff) ? anchor.schoolId() : null, student ? number : null, staff ? number : null,
                passwords.hash(form.initialPassword()));
        repository.grant(id, form.role(), anchor.schoolId() == null ? regionCodeOf(form) : null, anchor.schoolId());
        if (student) {
            repository.placeStudent(id, form.classId());
        } else if (form.role() == Role.TEACHER && form.classId() != null) {
            classTeachers.link(id, form.classId());
        }
        events.publishEvent(new IdentityEvents.PeopleCreated(List.of(
                new IdentityEvents.Newcomer(id, form.name().trim(), anchor.schoolId(), anchor.path()))));
        audit.record(actor.audited("PERSON_CREATED", "person", id, anchor.path(), anchor.schoolId(),
                new AuditEvent.Key("role." + form.role().name())));
        return repository.find(id).orElseThrow();
    }

    /**
     * A teacher of the class's school is assigned to teach it, by an administrator of that school: optionally a
     * subject (its code or standard name; taken over from whoever taught it there) and as its head teacher (refused
     * when the class has another one).
     */
    @Transactional
    public void assignTeacher(Actor actor, long teacherId, long classId, String subject, boolean head) {
        PeopleRepository.Anchor classAnchor = policy.managedClass(actor, classId);
        rules.requireTeacherOf(classAnchor, teacherId);
        String code = subject == null || subject.isBlank() ? null : rules.requireSubject(subject);
        if (head) {
            rules.requireNoOtherHead(classId, teacherId);
        }
        classTeachers.link(teacherId, classId);
        if (head) {
            classTeachers.setHead(classId, teacherId);
        }
        if (code != null) {
            classTeachers.assignSubject(classId, code, teacherId);
        }
        audit.record(actor.audited("TEACHER_ASSIGNED", "class", classId, classAnchor.path(), classAnchor.schoolId(),
                teacherId));
    }

    /** A person the actor may see: themselves, their children, their school's people, anyone they administer. */
    public Person get(Actor actor, long personId) {
        Person person = repository.find(personId).orElseThrow(() -> DomainException.notFound("person.unknown"));
        if (!policy.maySee(actor, person)) {
            throw DomainException.forbidden();
        }
        return person;
    }

    /** The students (minors) among these people: what visitors see of them is masked ({@link MaskedName}). */
    public Set<Long> students(Collection<Long> personIds) {
        return personIds.isEmpty() ? Set.of() : repository.studentsAmong(personIds);
    }

    /**
     * A keyset page of a school's people in id order; the cursor (from the previous page's nextKey) says where to go
     * on. The total is counted on the first page only and carried along in the cursor.
     */
    public Slice<Person> ofSchool(Actor actor, long schoolId, String text, String cursor, int limit) {
        policy.managedSchool(actor, schoolId);
        String filter = text == null ? "" : text.trim();
        PeopleCursor from = PeopleCursor.decode(cursor, schoolId, filter);
        long total = from == null ? repository.countOfSchool(schoolId, filter) : from.total();
        List<Person> page = repository.ofSchool(schoolId, filter, from == null ? 0 : from.lastId(), limit + 1);
        String next = page.size() > limit
                ? new PeopleCursor(page.get(limit - 1).id(), total).encode(schoolId, filter) : null;
        return new Slice<>(page.subList(0, Math.min(limit, page.size())), total, next);
    }

    /** An administrator lifts the sign-in blocks on the person's account from every address. */
    @Transactional
    public void unlock(Actor actor, long personId) {
        repository.find(personId).orElseThrow(() -> DomainException.notFound("person.unknown"));
        PeopleRepository.Anchor anchor = policy.managedAnchor(actor, personId);
        throttle.unlock(personId);
        audit.record(actor.audited("ACCOUNT_UNLOCKED", "person", personId, anchor.path(), anchor.schoolId()));
    }

    static String relationOrDefault(String relation) {
        String clean = relation == null ? "" : relation.trim();
        if (clean.length() > 16) {
            throw DomainException.invalid("person.relation.tooLong");
        }
        return clean.isEmpty() ? DEFAULT_RELATION : clean;
    }

    void requireStudent(long studentId) {
        if (!repository.holds(studentId, Role.STUDENT, null)) {
            throw DomainException.invalid("person.guardian.notStudent");
        }
    }

    private static String regionCodeOf(NewPerson form) {
        return form.role() == Role.PLATFORM_ADMIN ? "000000" : form.regionCode().trim();
    }

    /** The form's own rules, for callers that did not validate it (imports, tests). */
    private static void requireComplete(NewPerson form) {
        if (form.name() == null || form.name().isBlank()) {
            throw DomainException.invalid("person.name.required");
        }
        if (form.name().trim().length() > 64) {
            throw DomainException.invalid("person.name.tooLong");
        }
        if (form.gender() == null) {
            throw DomainException.invalid("person.gender.required");
        }
        if (form.role() == null) {
            throw DomainException.invalid("person.role.required");
        }
        if (form.number() != null && form.number().trim().length() > 32) {
            throw DomainException.invalid("person.number.tooLong");
        }
    }

    private static String optionalPhone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return PhoneNumber.parse(raw).orElseThrow(() -> DomainException.invalid("person.phone.invalid"));
    }

    private static String optionalIdCard(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return IdCardNumber.parse(raw).orElseThrow(() -> DomainException.invalid("person.idCard.invalid"));
    }
}
