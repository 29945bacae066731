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

    Passwords(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** The person changes their own password; the current one must be given. */
    @Transactional
    public void change(long personId, String account, String current, String next) {
        if (!encoder.matches(current == null ? "" : current, accounts.currentHash(personId))) {
            throw DomainException.invalid("password.current.wrong");
        }
        if (!PasswordPolicy.acceptable(next)) {
            throw DomainException.invalid("password.weak");
        }
        if (next.equals(current)) {
            throw DomainException.invalid("password.same");
        }
        accounts.setPassword(personId, encoder.encode(next));
        AccountRepository.Scope scope = accounts.scopeOf(personId);
        audit.record(new AuditEvent(personId, account, null, "PASSWORD_CHANGED", "person", String.valueOf(personId),
                AuditEvent.Result.SUCCESS, scope.regionPath(), scope.schoolId(), null, List.of()));
    }

    /** Hashes one shared initial password for a batch of imported accounts; they must change it at first sign-in. */
    public long initialSecret(String initialPassword) {
        if (!PasswordPolicy.acceptable(initialPassword)) {
            throw DomainException.invalid("password.weak");
        }
        return accounts.createInitialSecret(encoder.encode(initialPassword));
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    /** An administrator lifts a lockout; the caller has checked the administrator's scope over the person. */
    @Transactional
    public void unlock(Actor admin, long personId, String regionPath, Long schoolId) {
        accounts.unlock(personId);
        audit.record(admin.audited("ACCOUNT_UNLOCKED", "person", personId, regionPath, schoolId));
    }
}
