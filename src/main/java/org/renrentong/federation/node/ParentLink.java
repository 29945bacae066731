package org.renrentong.federation.node;

import java.util.Base64;
import java.util.Optional;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.ThisNode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A child joins its parent: its administrator gives the parent's URL and the token the parent issued; this node
 * fetches the parent's descriptor (is it a node, of a higher level?), presents the token with its own descriptor, and
 * stores the parent that admitted it. A node has at most one parent. The calls go out before anything is stored,
 * so a refusal leaves nothing behind; a refusal is audited too.
 */
@Service
class ParentLink {

    private final ParentClient client;
    private final PeerRepository peers;
    private final NodeRules rules;
    private final IdentityStore identity;
    private final ThisNode thisNode;
    private final NodePolicy policy;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    ParentLink(ParentClient client, PeerRepository peers, NodeRules rules, IdentityStore identity, ThisNode thisNode, NodePolicy policy,
               AuditLog audit, TransactionTemplate transaction) {
        this.client = client;
        this.peers = peers;
        this.rules = rules;
        this.identity = identity;
        this.thisNode = thisNode;
        this.policy = policy;
        this.audit = audit;
        this.transaction = transaction;
    }

    Optional<PeerView> parent(Actor actor) {
        policy.checkAdministers(actor);
        return peers.parent().map(this::view);
    }

    PeerView join(Actor actor, ParentForm form) {
        policy.checkAdministers(actor);
        String url = form.baseUrl() == null ? "" : form.baseUrl().trim();
        try {
            return joinAt(actor, NodeRules.baseUrl(url), form.token() == null ? "" : form.token().trim());
        } catch (DomainException refused) {
            audit.record(actor.audited("PARENT_JOINED", "node", null, null, null)
                    .withResult(AuditEvent.Result.FAILURE).withDetail(refused.messageKey(), url));
            throw refused;
        }
    }

    private PeerView joinAt(Actor actor, String url, String token) {
        if (token.isEmpty() || token.length() > 200) {
            throw DomainException.invalid("node.join.token.required");
        }
        if (peers.parent().isPresent()) {
            throw DomainException.conflict("node.parent.exists");
        }
        Identity me = identity.current();
        Descriptor parent = client.descriptor(url);
        if (parent.level().ordinal() >= me.level().ordinal()) {
            throw DomainException.invalid("node.join.parent.level", NodeRules.levelName(parent.level()));
        }
        if (parent.code().equals(me.code())) {
            throw DomainException.invalid("node.join.code.taken", parent.code());
        }
        Descriptor answer = client.join(url, new JoinRequest(token, me.descriptor(thisNode.name())));
        if (!answer.code().equals(parent.code()) || !answer.publicKey().equals(parent.publicKey())) {
            throw DomainException.invalid("node.join.notANode", url);
        }
        byte[] key = Base64.getDecoder().decode(parent.publicKey().trim());
        Descriptor stored = new Descriptor(parent.code(), parent.name() == null ? parent.code() : parent.name(),
                parent.level(), parent.regionCode() == null ? "" : parent.regionCode(), url, parent.publicKey(),
                NodeKeys.keyId(key));
        return transaction.execute(status -> {
            try {
                peers.insert(NodePeer.Relation.PARENT, stored, key);
            } catch (DuplicateKeyException raced) {
                throw DomainException.conflict("node.parent.exists");
            }
            audit.record(actor.audited("PARENT_JOINED", "node", stored.code(), null, null, stored.name(), url));
            return view(peers.parent().orElseThrow());
        });
    }

    private PeerView view(NodePeer p) {
        return PeerView.of(p, rules.regionName(p.regionCode()));
    }
}
