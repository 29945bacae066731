package org.renrentong.identity;

import java.util.List;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extra roles for existing people — a teacher who is also a school administrator, or also a guardian — so that one
 * real-name account switches between its roles instead of a second account being made.
 */
@Service
public class RoleGrants {

    private final PeopleRepository repository;
    private final IdentityPolicy policy;
    private final ActorRepository actors;
    private final People people;
    private final AuditLog audit;

    RoleGrants(PeopleRepository repository, IdentityPolicy policy, ActorRepository actors, People people,
               AuditLog audit) {
        this.repository = repository;
        this.policy = policy;
        this.actors = actors;
        this.people = people;
        this.audit = audit;
    }

    /** Grants the role; the actor must administer both the person and the place the role is held at. */
    @Transactional
    public List<RoleGrant> grant(Actor actor, long personId, NewGrant request) {
        repository.find(personId).orElseThrow(() -> DomainException.notFound("person.unknown"));
        policy.managedAnchor(actor, personId);
        if (request == null || request.role() == null) {
            throw DomainException.invalid("person.role.required");
        }
        PeopleRepository.Anchor place = switch (request.role()) {
            case TEACHER, SCHOOL_ADMIN -> schoolRole(actor, personId, request);
            case REGION_ADMIN, EXPERT, PLATFORM_ADMIN -> regionRole(actor, personId, request);
            case GUARDIAN -> guardianRole(actor, personId, request);
            case STUDENT -> throw DomainException.invalid("person.grant.student");
            // an enterprise's account is opened by its registration, never granted to a person
            case APP_PROVIDER -> throw DomainException.invalid("person.grant.provider");
        };
        audit.record(actor.audited("ROLE_GRANTED", "person", personId, place.path(), place.schoolId(),
                new AuditEvent.Key("role." + request.role().name())));
        return actors.grants(personId);
    }

    private PeopleRepository.Anchor schoolRole(Actor actor, long personId, NewGrant request) {
        if (request.schoolId() == null) {
            throw DomainException.invalid("person.school.required");
        }
        PeopleRepository.Anchor school = policy.managedSchool(actor, request.schoolId());
        Person person = repository.find(personId).orElseThrow();
        if (person.schoolId() != null && !person.schoolId().equals(school.schoolId())) {
            throw DomainException.invalid("person.grant.otherSchool");
        }
        if (repository.holds(personId, Role.STUDENT, null)) {
            throw DomainException.invalid("person.grant.student");
        }
        requireNew(repository.grant(personId, request.role(), null, school.schoolId()));
        repository.joinSchool(personId, school.schoolId());
        return school;
    }

    private PeopleRepository.Anchor regionRole(Actor actor, long personId, NewGrant request) {
        PeopleRepository.Anchor region = policy.managedRegion(actor, request.role(), request.regionCode());
        if (repository.holds(personId, Role.STUDENT, null)) {
            throw DomainException.invalid("person.grant.student");
        }
        String code = request.role() == Role.PLATFORM_ADMIN ? "000000" : request.regionCode().trim();
        requireNew(repository.grant(personId, request.role(), code, null));
        return region;
    }

    /** Guardianship is of a student the actor also administers; holding the role once covers every child. */
    private PeopleRepository.Anchor guardianRole(Actor actor, long personId, NewGrant request) {
        if (request.studentId() == null) {
            throw DomainException.invalid("person.guardian.studentRequired");
        }
        if (request.studentId() == personId) {
            throw DomainException.invalid("person.guardian.self");
        }
        PeopleRepository.Anchor student = policy.managedAnchor(actor, request.studentId());
        people.requireStudent(request.studentId());
        repository.grant(personId, Role.GUARDIAN, null, null);
        repository.linkGuardian(personId, request.studentId(), People.relationOrDefault(request.relation()));
        return student;
    }

    private static void requireNew(boolean inserted) {
        if (!inserted) {
            throw DomainException.conflict("person.grant.exists");
        }
    }
}
