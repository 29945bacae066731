package org.renrentong.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who arrive from a joined node that vouched for them: created at a school of this node as a teacher or a
 * student, with a password of this node that nobody knows (they sign in through the node that holds their account;
 * an administrator here may reset it). Administrators are never created this way. The node that vouched is the one
 * who acts, and the audit log names it.
 */
@Service
public class ArrivingPeople {

    private final PeopleRepository repository;
    private final IdentityPolicy policy;
    private final AuditLog audit;
    private final Passwords passwords;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ArrivingPeople(PeopleRepository repository, IdentityPolicy policy, AuditLog audit, Passwords passwords,
                   ApplicationEventPublisher events) {
        this.repository = repository;
        this.policy = policy;
        this.audit = audit;
        this.passwords = passwords;
        this.events = events;
    }

    /**
     * @param node the joined node that vouched for the person (a node principal)
     * @return the new person's id
     */
    @Transactional
    public long create(Actor node, String name, Role role, long schoolId) {
        policy.requireNode(node);
        if (role != Role.TEACHER && role != Role.STUDENT) {
            throw DomainException.invalid("person.arrival.role");
        }
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 64) {
            throw DomainException.invalid("person.arrival.name");
        }
        String path = repository.schoolPath(schoolId).orElseThrow(() -> DomainException.invalid("school.unknown"));
        String account = Accounts.forRole(role, schoolId, null);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        long id = repository.insert(account, clean, Person.Gender.UNKNOWN, null, null, null, null, schoolId, null, null,
                passwords.hash(Base64.getEncoder().encodeToString(secret)));
        repository.grant(id, role, null, schoolId);
        events.publishEvent(new IdentityEvents.PeopleCreated(List.of(
                new IdentityEvents.Newcomer(id, clean, schoolId, path))));
        audit.record(new AuditEvent(PrincipalKind.NODE, null, node.account(), null, "PERSON_CREATED", "person",
                String.valueOf(id), AuditEvent.Result.SUCCESS, path, schoolId, AuditEvent.detailKeyOf("PERSON_CREATED"),
                AuditEvent.args(new AuditEvent.Key("role." + role.name()))));
        return id;
    }
}
