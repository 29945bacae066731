package org.renrentong.identity;

import java.util.List;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.shared.DomainException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password changes, initial passwords for imports, and unlocking. */
@Service
public class Passwords {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final SignInThrottle throttle;

    Passwords(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit, SignInThrottle throttle) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.throttle = throttle;
    }

    /**
     * The person changes their own password; the current one must be given. Returns the account's new credential
     * stamp: every session signed in under an older one ends at its next request (see {@link CredentialStampFilter}).
     */
    @Transactional
    public long change(long personId, String account, String current, String next) {
        if (!encoder.matches(current == null ? "" : current, accounts.currentHash(personId))) {
            throw DomainException.invalid("password.current.wrong");
        }
        PasswordPolicy.require(next);
        if (next.equals(current)) {
            throw DomainException.invalid("password.same");
        }
        long stamp = accounts.setPassword(personId, encoder.encode(next));
        AccountRepository.Scope scope = accounts.scopeOf(personId);
        audit.record(new AuditEvent(personId, account, null, "PASSWORD_CHANGED", "person", String.valueOf(personId),
                AuditEvent.Result.SUCCESS, scope.regionPath(), scope.schoolId(), "audit.detail.PASSWORD_CHANGED",
                List.of()));
        return stamp;
    }

    /** Hashes one shared initial password for a batch of imported accounts; they must change it at first sign-in. */
    public long initialSecret(String initialPassword) {
        PasswordPolicy.require(initialPassword);
        return accounts.createInitialSecret(encoder.encode(initialPassword));
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    /**
     * An administrator lifts the sign-in blocks on the person's account from every address; the caller has checked
     * the administrator's scope over the person.
     */
    @Transactional
    public void unlock(Actor admin, long personId, String regionPath, Long schoolId) {
        throttle.unlock(personId);
        audit.record(admin.audited("ACCOUNT_UNLOCKED", "person", personId, regionPath, schoolId));
    }
}
