package org.renrentong.federation.node;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.federation.NodeEvents;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.ThisNode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A parent admits a child that presents a join token: the token must exist, be unused, unrevoked and unexpired, and
 * the child must be of the level and region it was issued for. Marking the token used and storing the child happen
 * in one transaction, so of two joins with one token exactly one succeeds. The joining node acts here as itself: the
 * audit log names it, whether it was admitted or refused.
 */
@Service
class Admissions {

    private final TokenRepository tokens;
    private final PeerRepository peers;
    private final IdentityStore identity;
    private final ThisNode thisNode;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Admissions(TokenRepository tokens, PeerRepository peers, IdentityStore identity, ThisNode thisNode, AuditLog audit,
               ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.tokens = tokens;
        this.peers = peers;
        this.identity = identity;
        this.thisNode = thisNode;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
    }

    /** Admits the child and answers this node's descriptor; a refusal says why. */
    Descriptor admit(JoinRequest request) {
        String claimed = request == null || request.child() == null || request.child().code() == null ? ""
                : request.child().code().strip();
        try {
            Descriptor child = valid(request);
            transaction.executeWithoutResult(status -> store(request.token(), child));
            return identity.current().descriptor(thisNode.name());
        } catch (DomainException refused) {
            audit.record(new AuditEvent(PrincipalKind.NODE, null, abbreviate(claimed), null, "CHILD_JOINED", "node",
                    abbreviate(claimed), AuditEvent.Result.DENIED, null, null, refused.messageKey(), List.of()));
            throw refused;
        }
    }

    private void store(String token, Descriptor child) {
        TokenRepository.Stored stored = tokens.byHash(JoinTokens.hash(token))
                .orElseThrow(() -> DomainException.invalid("node.join.token.unknown"));
        if (stored.revoked()) {
            throw DomainException.invalid("node.join.token.revoked");
        }
        if (stored.used()) {
            throw DomainException.conflict("node.join.token.used");
        }
        if (!Instant.now().isBefore(stored.expiresAt())) {
            throw DomainException.invalid("node.join.token.expired");
        }
        if (stored.childLevel() != child.level()) {
            throw DomainException.invalid("node.join.token.level");
        }
        if (!stored.childRegionCode().equals(child.regionCode())) {
            throw DomainException.invalid("node.join.token.region");
        }
        if (child.code().equals(identity.current().code()) || peers.byCode(child.code()).isPresent()) {
            throw DomainException.conflict("node.join.code.taken", child.code());
        }
        if (!tokens.use(stored.id(), child.code())) {
            throw DomainException.conflict("node.join.token.used");
        }
        byte[] key = Base64.getDecoder().decode(child.publicKey().trim());
        long id;
        try {
            id = peers.insert(NodePeer.Relation.CHILD, child, key);
        } catch (DuplicateKeyException raced) {
            throw DomainException.conflict("node.join.code.taken", child.code());
        }
        events.publishEvent(new NodeEvents.ChildJoined(peers.byCode(child.code()).orElseThrow().asPeer()));
        audit.record(new AuditEvent(PrincipalKind.NODE, id, child.code(), null, "CHILD_JOINED", "node", child.code(),
                AuditEvent.Result.SUCCESS, null, null, AuditEvent.detailKeyOf("CHILD_JOINED"),
                AuditEvent.args(child.name(), new AuditEvent.Key("node.level." + child.level().name()),
                        child.regionCode())));
    }

    /** The child's descriptor with its fields cleaned, its key id matching its key; or the reason it is unfit. */
    private static Descriptor valid(JoinRequest request) {
        if (request == null || request.token() == null || request.token().isBlank() || request.token().length() > 200) {
            throw DomainException.invalid("node.join.token.unknown");
        }
        Descriptor child = request.child();
        if (child == null || child.level() == null) {
            throw DomainException.invalid("node.join.descriptor.invalid");
        }
        PublicKey key = NodeKeys.publicKey(child.publicKey());
        if (key == null) {
            throw DomainException.invalid("node.join.descriptor.invalid");
        }
        byte[] encoded = key.getEncoded();
        return new Descriptor(NodeRules.code(child.code()), NodeRules.name(child.name()), child.level(),
                child.regionCode() == null ? "" : child.regionCode().trim(), NodeRules.baseUrl(child.baseUrl()),
                Base64.getEncoder().encodeToString(encoded), NodeKeys.keyId(encoded));
    }

    private static String abbreviate(String code) {
        return code.length() > 32 ? code.substring(0, 32) : code;
    }
}
