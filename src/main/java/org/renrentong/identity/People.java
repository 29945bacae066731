package org.renrentong.identity;

import java.util.List;
import org.renrentong.audit.AuditLog;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.Slice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Real-name people: creation by administrators, guardianship, reading within scope, unlocking. */
@Service
public class People {

    private final PeopleRepository repository;
    private final IdCardVault vault;
    private final Passwords passwords;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    People(PeopleRepository repository, IdCardVault vault, Passwords passwords, AuditLog audit,
           ApplicationEventPublisher events) {
        this.repository = repository;
        this.vault = vault;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Person create(Actor actor, NewPerson form) {
        PeopleRepository.Anchor anchor = anchorFor(actor, form);
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
        if (!PasswordPolicy.acceptable(form.initialPassword())) {
            throw DomainException.invalid("password.weak");
        }
        String account = Accounts.forRole(form.role(), anchor.schoolId(), number, phone);
        if (repository.accountTaken(account)) {
            account = account + "-" + System.currentTimeMillis() % 100000;
        }
        long id = repository.insert(account, form.name().trim(), form.gender(), phone,
                idCard == null ? null : vault.encrypt(idCard), idHash, idCard == null ? null : IdCardNumber.mask(idCard),
                (student || staff) ? anchor.schoolId() : null, student ? number : null, staff ? number : null,
                passwords.hash(form.initialPassword()));
        repository.grant(id, form.role(), anchor.schoolId() == null ? form.regionCode() : null, anchor.schoolId());
        if (student) {
            repository.placeStudent(id, form.classId());
        } else if (form.role() == Role.TEACHER && form.classId() != null) {
            repository.assignTeacher(id, form.classId(), null, false);
        }
        events.publishEvent(new IdentityEvents.PersonCreated(id, form.name().trim(), anchor.schoolId(), anchor.path()));
        audit.record(actor.audited("PERSON_CREATED", "person", id, anchor.path(), anchor.schoolId(),
                form.role().name()));
        return repository.find(id).orElseThrow();
    }

    /** Links a guardian (found by phone, or created) to a student the actor manages. */
    @Transactional
    public Person addGuardian(Actor actor, long studentId, String name, String rawPhone, String relation,
                              String initialPassword) {
        PeopleRepository.Anchor studentAnchor = managedAnchor(actor, studentId);
        String phone = PhoneNumber.parse(rawPhone).orElseThrow(() -> DomainException.invalid("person.phone.invalid"));
        String cleanRelation = relation == null || relation.isBlank() ? "监护人" : relation.trim();
        long guardianId = repository.byPhone(phone).orElseGet(() -> {
            if (name == null || name.isBlank() || !PasswordPolicy.acceptable(initialPassword)) {
                throw DomainException.invalid("person.guardian.invalid");
            }
            long id = repository.insert(Accounts.forRole(Role.GUARDIAN, null, null, phone), name.trim(),
                    Person.Gender.UNKNOWN, phone, null, null, null, null, null, null, passwords.hash(initialPassword));
            events.publishEvent(new IdentityEvents.PersonCreated(id, name.trim(), null, studentAnchor.path()));
            return id;
        });
        repository.grant(guardianId, Role.GUARDIAN, null, null);
        repository.linkGuardian(guardianId, studentId, cleanRelation);
        audit.record(actor.audited("GUARDIAN_LINKED", "person", studentId, studentAnchor.path(),
                studentAnchor.schoolId(), "guardian " + guardianId));
        return repository.find(guardianId).orElseThrow();
    }

    /** A teacher is assigned to teach a class of a school the actor manages. */
    @Transactional
    public void assignTeacher(Actor actor, long teacherId, long classId, String subject, boolean head) {
        PeopleRepository.Anchor classAnchor = repository.classAnchor(classId)
                .orElseThrow(() -> DomainException.notFound("class.unknown"));
        if (!actor.managesSchool(classAnchor.schoolId(), classAnchor.path())) {
            throw DomainException.forbidden();
        }
        Person teacher = get(actor, teacherId);
        if (!classAnchor.schoolId().equals(teacher.schoolId())) {
            throw DomainException.invalid("person.teacher.otherSchool");
        }
        repository.assignTeacher(teacherId, classId, subject, head);
        audit.record(actor.audited("TEACHER_ASSIGNED", "class", classId, classAnchor.path(), classAnchor.schoolId(),
                "teacher " + teacherId));
    }

    /** A person the actor may see: themselves, their children, their classes' members, or anyone they govern. */
    public Person get(Actor actor, long personId) {
        Person person = repository.find(personId).orElseThrow(() -> DomainException.notFound("person.unknown"));
        if (personId != actor.personId() && !actor.isGuardianOf(personId) && !manages(actor, personId)
                && !teaches(actor, person)) {
            throw DomainException.forbidden();
        }
        return person;
    }

    public Slice<Person> ofSchool(Actor actor, long schoolId, String text, long afterId, int limit) {
        String path = repository.schoolPath(schoolId).orElseThrow(() -> DomainException.notFound("school.unknown"));
        if (!actor.managesSchool(schoolId, path)) {
            throw DomainException.forbidden();
        }
        String filter = text == null ? "" : text.trim();
        List<Person> page = repository.ofSchool(schoolId, filter, afterId, limit + 1);
        String next = page.size() > limit ? String.valueOf(page.get(limit - 1).id()) : null;
        return new Slice<>(page.subList(0, Math.min(limit, page.size())), repository.countOfSchool(schoolId, filter),
                next);
    }

    @Transactional
    public void unlock(Actor actor, long personId) {
        PeopleRepository.Anchor anchor = managedAnchor(actor, personId);
        passwords.unlock(actor, personId, anchor.path(), anchor.schoolId());
    }

    private boolean manages(Actor actor, long personId) {
        return repository.anchors(personId).stream().anyMatch(a -> a.schoolId() != null
                ? actor.managesSchool(a.schoolId(), a.path()) : actor.governs(a.path()));
    }

    private boolean teaches(Actor actor, Person person) {
        return actor.is(Role.TEACHER) && person.schoolId() != null && actor.schoolId() != null
                && actor.schoolId().equals(person.schoolId());
    }

    private PeopleRepository.Anchor managedAnchor(Actor actor, long personId) {
        return repository.anchors(personId).stream()
                .filter(a -> a.schoolId() != null ? actor.managesSchool(a.schoolId(), a.path()) : actor.governs(a.path()))
                .findFirst().orElseThrow(DomainException::forbidden);
    }

    /** Checks the actor may create someone in this role at this place, and returns where the person will belong. */
    private PeopleRepository.Anchor anchorFor(Actor actor, NewPerson form) {
        switch (form.role()) {
            case STUDENT, TEACHER, SCHOOL_ADMIN -> {
                Long schoolId = form.schoolId();
                if (form.classId() != null) {
                    PeopleRepository.Anchor c = repository.classAnchor(form.classId())
                            .orElseThrow(() -> DomainException.invalid("class.unknown"));
                    if (schoolId != null && !schoolId.equals(c.schoolId())) {
                        throw DomainException.invalid("person.class.otherSchool");
                    }
                    schoolId = c.schoolId();
                } else if (form.role() == Role.STUDENT) {
                    throw DomainException.invalid("person.class.required");
                }
                if (schoolId == null) {
                    throw DomainException.invalid("person.school.required");
                }
                String path = repository.schoolPath(schoolId).orElseThrow(() -> DomainException.invalid("school.unknown"));
                if (!actor.managesSchool(schoolId, path)) {
                    throw DomainException.forbidden();
                }
                return new PeopleRepository.Anchor(schoolId, path);
            }
            case REGION_ADMIN, EXPERT, PLATFORM_ADMIN -> {
                String code = form.role() == Role.PLATFORM_ADMIN ? "000000" : form.regionCode();
                String path = code == null ? null : repository.regionPath(code.trim()).orElse(null);
                if (path == null) {
                    throw DomainException.invalid("region.unknown", code);
                }
                boolean allowed = form.role() == Role.PLATFORM_ADMIN ? actor.is(Role.PLATFORM_ADMIN)
                        : (actor.is(Role.PLATFORM_ADMIN) || actor.is(Role.REGION_ADMIN)) && actor.governs(path);
                if (!allowed) {
                    throw DomainException.forbidden();
                }
                return new PeopleRepository.Anchor(null, path);
            }
            default -> throw DomainException.invalid("person.guardian.viaStudent");
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
