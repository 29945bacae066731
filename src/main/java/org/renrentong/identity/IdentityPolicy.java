package org.renrentong.identity;

import java.util.List;
import java.util.Optional;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may do what to people, accounts and roles, in one place: the identity services ask it before they touch
 * anything. People belong to schools and regions; an actor acts on them within the anchors of their role.
 */
@Component
class IdentityPolicy {

    private final PeopleRepository repository;
    private final GuardianInvitationRepository invitations;

    IdentityPolicy(PeopleRepository repository, GuardianInvitationRepository invitations) {
        this.repository = repository;
        this.invitations = invitations;
    }

    /** The acting person, on their own account (password, phone): only a person has one. */
    long ownAccount(Actor actor) {
        return actor.personId();
    }

    /** A person the actor may see: themselves, their children, people they administer or teach. */
    boolean maySee(Actor actor, Person person) {
        return person.id() == actor.personId() || actor.isGuardianOf(person.id()) || manages(actor, person.id())
                || teaches(actor, person.id());
    }

    /** An invitation still waiting for the actor's answer; anyone else's does not exist for them. */
    GuardianInvitationRepository.Pending ownInvitation(Actor actor, long invitationId) {
        return invitations.pending(invitationId, actor.personId())
                .orElseThrow(() -> DomainException.notFound("guardian.invitation.unknown"));
    }

    /**
     * Whether the actor may reset the person's password: never their own, and only when every place of the person
     * is theirs to administer and none makes the person a peer administrator of the same region.
     */
    boolean mayReset(Actor actor, long personId) {
        if (actor.personId() == personId) {
            return false;
        }
        List<PeopleRepository.Anchor> anchors = repository.anchors(personId);
        return !anchors.isEmpty() && anchors.stream().allMatch(a -> covers(actor, a))
                && anchors.stream().noneMatch(a -> isPeer(actor, a));
    }

    /** Where the person whose password the actor resets belongs; forbidden when {@link #mayReset} says no. */
    PeopleRepository.Anchor resettable(Actor actor, long personId) {
        if (!mayReset(actor, personId)) {
            throw DomainException.forbidden();
        }
        return managedAnchor(actor, personId);
    }

    /** A class of a school the actor administers, with the school and its region path. */
    PeopleRepository.Anchor managedClass(Actor actor, long classId) {
        PeopleRepository.Anchor classAnchor = repository.classAnchor(classId)
                .orElseThrow(() -> DomainException.notFound("class.unknown"));
        if (!actor.managesSchool(classAnchor.schoolId(), classAnchor.path())) {
            throw DomainException.forbidden();
        }
        return classAnchor;
    }

    /** Seeing who teaches a class: its members, and the administrators of its school. */
    PeopleRepository.Anchor visibleClass(Actor actor, long classId) {
        PeopleRepository.Anchor classAnchor = repository.classAnchor(classId)
                .orElseThrow(() -> DomainException.notFound("class.unknown"));
        if (!actor.canSeeClass(classId, classAnchor.schoolId(), classAnchor.path())) {
            throw DomainException.forbidden();
        }
        return classAnchor;
    }

    /** Whether the actor administers the person (see {@link #managedAnchor}). */
    boolean manages(Actor actor, long personId) {
        return managed(actor, personId).isPresent();
    }

    /**
     * Whether a teacher teaches the person: a student of a class they teach, or a guardian of one. A teacher sees
     * the classes they teach, not the whole school.
     */
    boolean teaches(Actor actor, long personId) {
        return actor.is(Role.TEACHER) && !actor.classIds().isEmpty()
                && repository.inClasses(personId, actor.classIds());
    }

    /**
     * The first place of the person the actor administers; forbidden when there is none. A person's own school and
     * role places count; a guardian's children count only for a guardian with no place of their own whose children
     * all are within the actor's scope — guardianship never widens anyone's scope to another school's child.
     */
    PeopleRepository.Anchor managedAnchor(Actor actor, long personId) {
        return managed(actor, personId).orElseThrow(DomainException::forbidden);
    }

    private Optional<PeopleRepository.Anchor> managed(Actor actor, long personId) {
        List<PeopleRepository.Anchor> own = repository.ownAnchors(personId);
        if (!own.isEmpty()) {
            return own.stream().filter(a -> covers(actor, a)).findFirst();
        }
        List<PeopleRepository.Anchor> children = repository.childAnchors(personId);
        return !children.isEmpty() && children.stream().allMatch(a -> covers(actor, a))
                ? Optional.of(children.get(0)) : Optional.empty();
    }

    /**
     * A joined node of the federation, vouching for a person it signed in (their arrival here, their sign-out there):
     * a node principal, never a person.
     */
    void requireNode(Actor actor) {
        if (actor.principal().kind() != PrincipalKind.NODE) {
            throw DomainException.forbidden();
        }
    }

    /** Preparing accounts for others to try the node with: the platform administrators. */
    void requirePlatformAdmin(Actor actor) {
        if (!actor.is(Role.PLATFORM_ADMIN)) {
            throw DomainException.forbidden();
        }
    }

    /** A region subtree the actor governs. */
    void requireGoverns(Actor actor, String regionPath) {
        if (!actor.governs(regionPath)) {
            throw DomainException.forbidden();
        }
    }

    /** A school the actor administers, with its region path. */
    PeopleRepository.Anchor managedSchool(Actor actor, long schoolId) {
        String path = repository.schoolPath(schoolId).orElseThrow(() -> DomainException.invalid("school.unknown"));
        if (!actor.managesSchool(schoolId, path)) {
            throw DomainException.forbidden();
        }
        return new PeopleRepository.Anchor(schoolId, path);
    }

    /**
     * A region an administrator may give a region role in: platform administrators anywhere (and alone may make
     * platform administrators), region administrators within their subtree. Retired regions take no new roles.
     */
    PeopleRepository.Anchor managedRegion(Actor actor, Role role, String regionCode) {
        String code = role == Role.PLATFORM_ADMIN ? "000000" : regionCode == null ? "" : regionCode.trim();
        String path = repository.regionPath(code).orElseThrow(() -> DomainException.invalid("region.unknown", code));
        boolean allowed = role == Role.PLATFORM_ADMIN ? actor.is(Role.PLATFORM_ADMIN)
                : (actor.is(Role.PLATFORM_ADMIN) || actor.is(Role.REGION_ADMIN)) && actor.governs(path);
        if (!allowed) {
            throw DomainException.forbidden();
        }
        return new PeopleRepository.Anchor(null, path);
    }

    /** Checks the actor may create someone in this role at this place, and returns where the person will belong. */
    PeopleRepository.Anchor forNewPerson(Actor actor, NewPerson form) {
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
                return managedSchool(actor, schoolId);
            }
            case REGION_ADMIN, EXPERT, PLATFORM_ADMIN -> {
                return managedRegion(actor, form.role(), form.regionCode());
            }
            default -> throw DomainException.invalid("person.guardian.viaStudent");
        }
    }

    /** A region administrator of the same region as the actor: not theirs to reset. */
    private static boolean isPeer(Actor actor, PeopleRepository.Anchor anchor) {
        return anchor.schoolId() == null && !actor.is(Role.PLATFORM_ADMIN) && anchor.path().equals(actor.regionPath());
    }

    static boolean covers(Actor actor, PeopleRepository.Anchor a) {
        return a.schoolId() != null ? actor.managesSchool(a.schoolId(), a.path()) : actor.governs(a.path());
    }
}
