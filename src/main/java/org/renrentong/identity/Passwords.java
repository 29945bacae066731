package org.renrentong.identity;

import org.renrentong.audit.AuditLog;
import org.renrentong.shared.DomainException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password changes and initial passwords for imports. */
@Service
public class Passwords {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final IdentityPolicy policy;

    Passwords(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit, IdentityPolicy policy) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.policy = policy;
    }

    /**
     * The person changes their own password; the current one must be given. Returns the account's new credential
     * stamp: every session signed in under an older one ends at its next request (see {@link CredentialStampFilter}).
     */
    @Transactional
    public long change(Actor actor, String current, String next) {
        long personId = policy.ownAccount(actor);
        if (!encoder.matches(current == null ? "" : current, accounts.currentHash(personId))) {
            throw DomainException.invalid("password.current.wrong");
        }
        PasswordPolicy.require(next);
        if (next.equals(current)) {
            throw DomainException.invalid("password.same");
        }
        long stamp = accounts.setPassword(personId, encoder.encode(next));
        AccountRepository.Scope scope = accounts.scopeOf(personId);
        audit.record(actor.audited("PASSWORD_CHANGED", "person", personId, scope.regionPath(), scope.schoolId())
                .withDetail("audit.detail.PASSWORD_CHANGED"));
        return stamp;
    }

    /**
     * Hashes one shared initial password for a batch of imported accounts; they must change it at first sign-in. The
     * import that uses it checks the actor and audits.
     */
    long initialSecret(String initialPassword) {
        PasswordPolicy.require(initialPassword);
        return accounts.createInitialSecret(encoder.encode(initialPassword));
    }

    public String hash(String password) {
        return encoder.encode(password);
    }
}
