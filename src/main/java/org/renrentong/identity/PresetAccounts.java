package org.renrentong.identity;

import java.util.Collection;
import java.util.Optional;
import org.renrentong.audit.AuditLog;
import org.renrentong.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts a platform administrator prepares for others to try the node with (the demo province): memorable
 * account names, and a known password that need not be changed at the first sign-in.
 */
@Service
public class PresetAccounts {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final IdentityPolicy policy;

    PresetAccounts(JdbcClient jdbc, AuditLog audit, IdentityPolicy policy) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.policy = policy;
    }

    public Optional<Long> idOf(String account) {
        return jdbc.sql("SELECT id FROM person WHERE account = ?").param(account).query(Long.class).optional();
    }

    /** The first platform administrator, who exists from the node's first start on. */
    public Optional<Long> firstPlatformAdmin() {
        return jdbc.sql("SELECT person_id FROM role_grant WHERE role = 'PLATFORM_ADMIN' ORDER BY id LIMIT 1")
                .query(Long.class).optional();
    }

    @Transactional
    public void name(Actor actor, long personId, String account) {
        policy.requirePlatformAdmin(actor);
        if (jdbc.sql("UPDATE person SET account = ? WHERE id = ?").params(account, personId).update() == 0) {
            throw DomainException.notFound("person.unknown");
        }
        audit.record(actor.audited("ACCOUNT_PRESET", "person", personId, null, null, account));
    }

    /** These people keep their password at the first sign-in. */
    @Transactional
    public void keepPasswords(Actor actor, Collection<Long> personIds) {
        policy.requirePlatformAdmin(actor);
        int count = jdbc.sql("UPDATE person SET must_change_password = FALSE WHERE id IN (:ids)")
                .param("ids", personIds).update();
        audit.record(actor.audited("PASSWORDS_KEPT", "person", null, null, null, count));
    }
}
