package org.renrentong.apps.peers;

import java.util.List;
import java.util.Optional;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.federation.Peer;
import org.renrentong.federation.Peers;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.shared.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person signed in here links their account at a joined node to this one (from their account page): afterwards
 * signing in through that node is signing in as them. One account per node and person, and an account of a node
 * already linked to someone else stays theirs. Each link is audited as the person's act.
 */
@Service
class NodeAccounts {

    /** A joined node as the account page lists it: whether the person's account there is linked. */
    record NodeAccount(Peer node, boolean linked) {
    }

    private final Peers peers;
    private final AccountLinks links;
    private final Actors actors;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    NodeAccounts(Peers peers, AccountLinks links, Actors actors, AuditLog audit, TransactionTemplate transaction) {
        this.peers = peers;
        this.links = links;
        this.actors = actors;
        this.audit = audit;
        this.transaction = transaction;
    }

    List<NodeAccount> of(Actor actor) {
        List<String> linked = links.nodesOf(actor.personId());
        return peers.joined().stream().map(p -> new NodeAccount(p, linked.contains(p.code()))).toList();
    }

    /** The node the actor may go to for linking: joined, and not linked for them yet. */
    Peer toLink(Actor actor, String code) {
        Peer peer = peers.joined(code).orElseThrow(() -> DomainException.notFound("apps.peers.node.unknown"));
        requireUnlinked(actor.personId(), peer.code());
        return peer;
    }

    private void requireUnlinked(long personId, String nodeCode) {
        if (links.nodesOf(personId).contains(nodeCode)) {
            throw DomainException.conflict("apps.peers.linked.already");
        }
    }

    /** Links the subject the node vouched for to the person who went there for it. */
    void link(Peer peer, OidcUser user, long personId) {
        Optional<Long> holder = links.person(peer.code(), user.getSubject());
        if (holder.isPresent()) {
            if (holder.get() != personId) {
                throw DomainException.conflict("apps.peers.linked.other");
            }
            return;
        }
        requireUnlinked(personId, peer.code());
        Actor actor = actors.load(personId, null);
        try {
            transaction.executeWithoutResult(status -> {
                links.link(peer.code(), user.getSubject(), personId);
                audit.record(actor.audited("NODE_ACCOUNT_LINKED", "person", personId, actor.regionPath(),
                        actor.schoolId(), peer.name(), new AuditEvent.Key("role." + actor.role().name())));
            });
        } catch (DuplicateKeyException raced) {
            throw DomainException.conflict("apps.peers.linked.other");
        }
    }
}
