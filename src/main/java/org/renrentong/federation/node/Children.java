package org.renrentong.federation.node;

import java.util.List;
import org.renrentong.audit.AuditLog;
import org.renrentong.federation.NodeEvents;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children that joined this node: listed, suspended (their signed requests refused, not harvested), taken back
 * into service, or removed (they may join again with a new token). Each change is audited and published.
 */
@Service
class Children {

    private final PeerRepository peers;
    private final NodeRules rules;
    private final NodePolicy policy;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Children(PeerRepository peers, NodeRules rules, NodePolicy policy, AuditLog audit, ApplicationEventPublisher events) {
        this.peers = peers;
        this.rules = rules;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
    }

    List<PeerView> list(Actor actor) {
        policy.checkAdministers(actor);
        return peers.children().stream().map(p -> PeerView.of(p, rules.regionName(p.regionCode()))).toList();
    }

    @Transactional
    PeerView suspend(Actor actor, String code, boolean suspended) {
        policy.checkAdministers(actor);
        NodePeer child = child(code);
        peers.setChildState(child.code(), suspended ? NodePeer.State.SUSPENDED : NodePeer.State.ACTIVE);
        events.publishEvent(new NodeEvents.ChildSuspended(child.code(), suspended));
        audit.record(actor.audited(suspended ? "CHILD_SUSPENDED" : "CHILD_RESUMED", "node", child.code(), null, null,
                child.name()));
        NodePeer changed = child(code);
        return PeerView.of(changed, rules.regionName(changed.regionCode()));
    }

    @Transactional
    void remove(Actor actor, String code) {
        policy.checkAdministers(actor);
        NodePeer child = child(code);
        peers.deleteChild(child.code());
        events.publishEvent(new NodeEvents.ChildRemoved(child.code()));
        audit.record(actor.audited("CHILD_REMOVED", "node", child.code(), null, null, child.name()));
    }

    private NodePeer child(String code) {
        return peers.byCode(code == null ? "" : code.trim()).filter(p -> p.relation() == NodePeer.Relation.CHILD)
                .orElseThrow(() -> DomainException.notFound("node.child.unknown"));
    }
}
