package org.renrentong.federation.node;

import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.federation.NodeLevel;
import org.renrentong.identity.Actor;
import org.renrentong.region.Region;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A platform administrator reads and edits this node's identity. The code names the node to its parent and children
 * and goes into the identifiers of what it publishes, so it is fixed once the node has joined a parent or a child
 * has joined it.
 */
@Service
class NodeSettings {

    private final IdentityStore identity;
    private final PeerRepository peers;
    private final NodeRules rules;
    private final NodePolicy policy;
    private final AuditLog audit;

    NodeSettings(IdentityStore identity, PeerRepository peers, NodeRules rules, NodePolicy policy, AuditLog audit) {
        this.identity = identity;
        this.peers = peers;
        this.rules = rules;
        this.policy = policy;
        this.audit = audit;
    }

    NodeView view(Actor actor) {
        policy.checkAdministers(actor);
        return view(identity.current());
    }

    @Transactional
    NodeView update(Actor actor, NodeForm form) {
        policy.checkAdministers(actor);
        Identity now = identity.current();
        String code = form.code() == null ? now.code() : NodeRules.code(form.code());
        if (!code.equals(now.code()) && peers.any()) {
            throw DomainException.conflict("node.code.fixed");
        }
        // no name: the node goes by the platform's name, in each reader's language
        String name = form.name() == null || form.name().isBlank() ? "" : NodeRules.name(form.name());
        NodeLevel level = form.level();
        if (level == null) {
            throw DomainException.invalid("node.level.required");
        }
        Region region = rules.region(form.regionCode(), level);
        String baseUrl = NodeRules.baseUrl(form.baseUrl());
        identity.update(code, name, level, region.code(), baseUrl);
        audit.record(actor.audited("NODE_UPDATED", "node", code, null, null, name,
                new AuditEvent.Key("node.level." + level.name()), region.name(), baseUrl));
        return view(identity.current());
    }

    private NodeView view(Identity i) {
        return NodeView.of(i, rules.regionName(i.regionCode()), peers.any());
    }
}
