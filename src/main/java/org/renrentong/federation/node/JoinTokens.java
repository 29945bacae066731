package org.renrentong.federation.node;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.federation.NodeLevel;
import org.renrentong.identity.Actor;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time join tokens a parent's administrator issues for a named child: a level below this node's, a region
 * within this node's. The token is random, shown once and kept only as its SHA-256 (it carries 256 bits, so a fast
 * hash suffices); it expires, serves once, and can be revoked while unused.
 */
@Service
class JoinTokens {

    static final int DEFAULT_HOURS = 24;
    static final int MAX_HOURS = 24 * 30;

    private final TokenRepository tokens;
    private final IdentityStore identity;
    private final NodeRules rules;
    private final Regions regions;
    private final NodePolicy policy;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    JoinTokens(TokenRepository tokens, IdentityStore identity, NodeRules rules, Regions regions, NodePolicy policy,
               AuditLog audit) {
        this.tokens = tokens;
        this.identity = identity;
        this.rules = rules;
        this.regions = regions;
        this.policy = policy;
        this.audit = audit;
    }

    List<JoinToken> unused(Actor actor) {
        policy.checkAdministers(actor);
        return tokens.unused();
    }

    @Transactional
    IssuedToken issue(Actor actor, TokenForm form) {
        policy.checkAdministers(actor);
        String name = NodeRules.name(form.name());
        Identity me = identity.current();
        NodeLevel level = form.level();
        if (level == null) {
            throw DomainException.invalid("node.token.level.required");
        }
        if (level.ordinal() <= me.level().ordinal()) {
            throw DomainException.invalid("node.token.level.notBelow", NodeRules.levelName(me.level()));
        }
        Region region = rules.region(form.regionCode(), level);
        Region mine = regions.get(me.regionCode());
        if (!region.path().startsWith(mine.path())) {
            throw DomainException.invalid("node.token.region.outside", region.name(), mine.name());
        }
        int hours = form.validHours() == null ? DEFAULT_HOURS : form.validHours();
        if (hours < 1 || hours > MAX_HOURS) {
            throw DomainException.invalid("node.token.validHours.range", MAX_HOURS);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = Instant.now().plus(Duration.ofHours(hours));
        long id = tokens.insert(hash(token), name, level, region.code(), actor.personId(), expires);
        audit.record(actor.audited("JOIN_TOKEN_ISSUED", "join_token", id, null, null, name,
                new AuditEvent.Key("node.level." + level.name()), region.name()));
        return new IssuedToken(id, token, name, level, region.code(), expires);
    }

    @Transactional
    void revoke(Actor actor, long id) {
        policy.checkAdministers(actor);
        JoinToken token = tokens.unused(id).orElseThrow(() -> DomainException.notFound("node.token.unknown"));
        if (!tokens.revoke(id)) {
            throw DomainException.notFound("node.token.unknown");
        }
        audit.record(actor.audited("JOIN_TOKEN_REVOKED", "join_token", id, null, null, token.childName()));
    }

    /** The levels a child of a node of that level may have. */
    static List<NodeLevel> levelsBelow(NodeLevel level) {
        return Arrays.stream(NodeLevel.values()).filter(l -> l.ordinal() > level.ordinal()).toList();
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.trim().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
