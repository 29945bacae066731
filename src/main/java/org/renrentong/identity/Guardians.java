package org.renrentong.identity;

import java.util.List;
import java.util.Optional;
import org.renrentong.audit.AuditLog;
import org.renrentong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guardianship by phone. A phone nobody uses gets a new guardian account, linked at once. A phone of an existing
 * account is never linked by an administrator: that account is invited and decides in its own account, and the
 * administrator learns neither who it is nor anything about them. Only on acceptance is the guardianship made.
 */
@Service
public class Guardians {

    private final People people;
    private final PeopleRepository repository;
    private final GuardianInvitationRepository invitations;
    private final IdentityPolicy policy;
    private final Passwords passwords;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Guardians(People people, PeopleRepository repository, GuardianInvitationRepository invitations,
              IdentityPolicy policy, Passwords passwords, AuditLog audit, ApplicationEventPublisher events) {
        this.people = people;
        this.repository = repository;
        this.invitations = invitations;
        this.policy = policy;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
    }

    /** Links a new guardian account to a student the actor manages, or invites the phone's existing account. */
    @Transactional
    public GuardianLink link(Actor actor, long studentId, String name, String rawPhone, String relation,
                             String initialPassword) {
        PeopleRepository.Anchor student = policy.managedAnchor(actor, studentId);
        people.requireStudent(studentId);
        String phone = PhoneNumber.parse(rawPhone).orElseThrow(() -> DomainException.invalid("person.phone.invalid"));
        String cleanRelation = People.relationOrDefault(relation);
        Optional<Long> owner = repository.byPhone(phone);
        if (owner.isEmpty()) {
            return linkNewAccount(actor, student, studentId, name, phone, cleanRelation, initialPassword);
        }
        long ownerId = owner.get();
        if (ownerId == studentId) {
            throw DomainException.invalid("person.guardian.self");
        }
        if (repository.isGuardian(ownerId, studentId)) {
            repository.linkGuardian(ownerId, studentId, cleanRelation);
            audit.record(actor.audited("GUARDIAN_LINKED", "person", studentId, student.path(), student.schoolId(),
                    ownerId));
            Person guardian = repository.find(ownerId).orElseThrow();
            return new GuardianLink(GuardianLink.Outcome.LINKED, ownerId, guardian.name(), cleanRelation,
                    guardian.phoneMasked());
        }
        long invitation = invitations.invite(studentId, ownerId, cleanRelation, actor.personId());
        audit.record(actor.audited("GUARDIAN_INVITED", "person", studentId, student.path(), student.schoolId(),
                invitation));
        String entered = name == null || name.isBlank() ? null : name.trim();
        return new GuardianLink(GuardianLink.Outcome.INVITED, null, entered, cleanRelation, PhoneNumber.mask(phone));
    }

    /** The signed-in person's invitations still waiting for their answer. */
    public List<GuardianInvitation> pending(Actor actor) {
        return invitations.pendingFor(actor.personId());
    }

    public long pendingCount(Actor actor) {
        return invitations.countPendingFor(actor.personId());
    }

    /** The invitee accepts: they become the student's guardian. */
    @Transactional
    public void accept(Actor actor, long invitationId) {
        GuardianInvitationRepository.Pending invitation = policy.ownInvitation(actor, invitationId);
        repository.grant(actor.personId(), Role.GUARDIAN, null, null);
        repository.linkGuardian(actor.personId(), invitation.studentId(), invitation.relation());
        invitations.decide(invitationId, true);
        recordDecision(actor, invitation, "GUARDIAN_INVITATION_ACCEPTED");
    }

    @Transactional
    public void decline(Actor actor, long invitationId) {
        GuardianInvitationRepository.Pending invitation = policy.ownInvitation(actor, invitationId);
        invitations.decide(invitationId, false);
        recordDecision(actor, invitation, "GUARDIAN_INVITATION_DECLINED");
    }

    private GuardianLink linkNewAccount(Actor actor, PeopleRepository.Anchor student, long studentId, String name,
                                        String phone, String relation, String initialPassword) {
        if (name == null || name.isBlank() || name.trim().length() > 64) {
            throw DomainException.invalid("person.guardian.invalid");
        }
        PasswordPolicy.require(initialPassword);
        long id = repository.insert(Accounts.forRole(Role.GUARDIAN, null, null), name.trim(), Person.Gender.UNKNOWN,
                phone, null, null, null, null, null, null, passwords.hash(initialPassword));
        events.publishEvent(new IdentityEvents.PeopleCreated(List.of(
                new IdentityEvents.Newcomer(id, name.trim(), null, student.path()))));
        repository.grant(id, Role.GUARDIAN, null, null);
        repository.linkGuardian(id, studentId, relation);
        audit.record(actor.audited("GUARDIAN_LINKED", "person", studentId, student.path(), student.schoolId(),
                id));
        return new GuardianLink(GuardianLink.Outcome.LINKED, id, name.trim(), relation, PhoneNumber.mask(phone));
    }

    /**
     * The decision is the invitee's own act, audited where the invitee belongs (not at the student's school): the
     * school learns of an acceptance only by the guardian appearing, and nothing of where else the invitee is.
     */
    private void recordDecision(Actor actor, GuardianInvitationRepository.Pending invitation, String action) {
        PeopleRepository.Anchor own = repository.ownAnchors(actor.personId()).stream().findFirst()
                .orElse(new PeopleRepository.Anchor(null, null));
        audit.record(actor.audited(action, "guardian_invitation", invitation.id(), own.path(), own.schoolId()));
    }
}
