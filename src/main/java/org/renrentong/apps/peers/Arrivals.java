package org.renrentong.apps.peers;

import java.util.Map;
import java.util.Optional;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.federation.Peer;
import org.renrentong.identity.ArrivingPeople;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person whom a joined node vouched for (its ID token) arrives here: the one linked to that node's subject, never
 * matched by phone or name; without a link, a new person at the school the organisation claim names by its code, as
 * the teacher or student the role claim says. Administrators are never created this way, and a school that is not at
 * this node is refused. The joined node is the one who acts in the audit log, for creations, links and refusals.
 */
@Service
class Arrivals {

    private final AccountLinks links;
    private final ArrivingPeople people;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    Arrivals(AccountLinks links, ArrivingPeople people, AuditLog audit, TransactionTemplate transaction) {
        this.links = links;
        this.people = people;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** @return the id of the person here */
    long arrive(Peer peer, OidcUser user) {
        String subject = user.getSubject();
        Optional<Long> linked = links.person(peer.code(), subject);
        if (linked.isPresent()) {
            return linked.get();
        }
        try {
            return transaction.execute(status -> create(peer, user));
        } catch (DuplicateKeyException raced) {
            // the same person's other first sign-in linked them a moment ago; this one's person was rolled back
            return links.person(peer.code(), subject).orElseThrow();
        } catch (DomainException refused) {
            audit.record(new AuditEvent(PrincipalKind.NODE, null, peer.code(), null, "NODE_ACCOUNT_LINKED", "person",
                    null, AuditEvent.Result.DENIED, null, null, refused.messageKey(), AuditEvent.args(refused.args())));
            throw refused;
        }
    }

    private long create(Peer peer, OidcUser user) {
        Role role = role(user.getClaimAsString("role"));
        AccountLinks.School school = school(user.getClaimAsMap("organisation"));
        String name = user.getFullName() == null ? "" : user.getFullName().strip();
        if (name.isEmpty() || name.length() > 64) {
            throw DomainException.invalid("apps.peers.name");
        }
        long personId = people.create(VouchingNode.of(peer), name, role, school.id());
        links.link(peer.code(), user.getSubject(), personId);
        audit.record(new AuditEvent(PrincipalKind.NODE, null, peer.code(), null, "NODE_ACCOUNT_LINKED", "person",
                String.valueOf(personId), AuditEvent.Result.SUCCESS, school.regionPath(), school.id(),
                AuditEvent.detailKeyOf("NODE_ACCOUNT_LINKED"),
                AuditEvent.args(peer.name(), new AuditEvent.Key("role." + role.name()))));
        return personId;
    }

    private static Role role(String claim) {
        if ("TEACHER".equals(claim)) {
            return Role.TEACHER;
        }
        if ("STUDENT".equals(claim)) {
            return Role.STUDENT;
        }
        throw DomainException.invalid("apps.peers.role");
    }

    private AccountLinks.School school(Map<String, Object> organisation) {
        Object type = organisation == null ? null : organisation.get("type");
        Object code = organisation == null ? null : organisation.get("code");
        Object name = organisation == null ? null : organisation.get("name");
        if (!"school".equals(type) || !(code instanceof String c) || c.isBlank()) {
            throw DomainException.invalid("apps.peers.school.none");
        }
        return links.school(c.strip()).orElseThrow(() -> DomainException.invalid("apps.peers.school.unknown",
                name == null ? c : name, c));
    }
}
