package org.renrentong.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time codes by SMS: a person verifies their own phone, and a person with a verified phone resets a forgotten
 * password. Codes have 6 digits, live 10 minutes, are used once, allow 5 wrong tries, and are kept only as a salted
 * SHA-256 hash. A phone gets at most one code a minute and 5 an hour. The answers to a reset request never tell
 * whether the phone has an account: the same steps are recorded and the same answer given either way.
 */
@Service
public class PhoneCodes {

    private static final Logger log = LoggerFactory.getLogger(PhoneCodes.class);

    static final int VALID_SECONDS = 600;
    static final int MAX_ATTEMPTS = 5;
    private static final int PER_HOUR = 5;
    private static final String RESET = "RESET";
    private static final String VERIFY = "VERIFY";

    private final PhoneCodeRepository repository;
    private final PeopleRepository people;
    private final AccountRepository accounts;
    private final SignInThrottle throttle;
    private final Passwords passwords;
    private final ObjectProvider<SmsSender> sender;
    private final MessageSource messages;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final IdentityPolicy policy;
    private final SecureRandom random = new SecureRandom();

    PhoneCodes(PhoneCodeRepository repository, PeopleRepository people, AccountRepository accounts,
               SignInThrottle throttle, Passwords passwords, ObjectProvider<SmsSender> sender,
               MessageSource messages, AuditLog audit, PlatformTransactionManager transactionManager,
               IdentityPolicy policy) {
        this.policy = policy;
        this.repository = repository;
        this.people = people;
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwords = passwords;
        this.sender = sender;
        this.messages = messages;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Whether an SMS gateway is configured; without one, people ask their school administrator instead. */
    public boolean available() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends a reset code if the phone belongs to an account with a verified phone; answers alike either way. Nobody
     * is signed in: the code itself is the proof, so only this module's recovery pages may call it.
     */
    @Transactional
    void requestReset(String rawPhone) {
        String phone = gatewayAndPhone(rawPhone);
        throttle(phone);
        Optional<Long> holder = repository.verifiedHolder(phone);
        String code = issue(phone, holder.orElse(null), RESET);
        // a failed send answers like a sent one: the answer never tells whether the phone has an account
        holder.ifPresent(id -> send(phone, "sms.code.reset", code));
    }

    /**
     * Sets a new password with a reset code; the person then signs in with it. The check of the code commits on its
     * own, so that a wrong try counts even though the request fails.
     */
    void reset(String rawPhone, String code, String newPassword) {
        String phone = gatewayAndPhone(rawPhone);
        PasswordPolicy.require(newPassword);
        long personId = transactions.execute(status -> check(phone, RESET, code)).orElseThrow(PhoneCodes::wrongCode);
        transactions.executeWithoutResult(status -> {
            accounts.setPassword(personId, passwords.hash(newPassword));
            throttle.unlock(personId);
            String account = people.find(personId).map(Person::account).orElse(null);
            AccountRepository.Scope scope = accounts.scopeOf(personId);
            audit.record(new AuditEvent(personId, account, null, "PASSWORD_RESET_BY_CODE", "person",
                    String.valueOf(personId), AuditEvent.Result.SUCCESS, scope.regionPath(), scope.schoolId(), null,
                    List.of()));
        });
    }

    public boolean phoneVerified(Actor actor) {
        return repository.verified(actor.personId());
    }

    /** Sends a code to the actor's own phone, so that they can verify it. */
    @Transactional
    public void startVerification(Actor actor) {
        long personId = policy.ownAccount(actor);
        if (!available()) {
            throw DomainException.invalid("sms.unavailable");
        }
        String phone = repository.phoneOf(personId).orElseThrow(() -> DomainException.invalid("phone.verify.noPhone"));
        throttle(phone);
        if (!send(phone, "sms.code.verify", issue(phone, personId, VERIFY))) {
            throw DomainException.invalid("sms.failed");
        }
        audit.record(actor.audited("PHONE_CODE_SENT", "person", personId, null, null));
    }

    /** Marks the actor's phone verified with the code sent to it; a wrong try counts, as for a reset. */
    public void confirmVerification(Actor actor, String code) {
        policy.ownAccount(actor);
        String phone = repository.phoneOf(actor.personId())
                .orElseThrow(() -> DomainException.invalid("phone.verify.noPhone"));
        transactions.execute(status -> check(phone, VERIFY, code)).filter(id -> id == actor.personId())
                .orElseThrow(PhoneCodes::wrongCode);
        transactions.executeWithoutResult(status -> {
            repository.markVerified(actor.personId(), phone);
            audit.record(actor.audited("PHONE_VERIFIED", "person", actor.personId(), null, null));
        });
    }

    /** The person the code was issued for, when the code is right; a wrong one uses up a try. */
    private Optional<Long> check(String phone, String purpose, String code) {
        String clean = code == null ? "" : code.trim();
        Optional<PhoneCodeRepository.Code> open = repository.open(phone, purpose);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        PhoneCodeRepository.Code stored = open.get();
        if (!MessageDigest.isEqual(hash(stored.salt(), clean), stored.hash())) {
            repository.failedAttempt(stored.id(), MAX_ATTEMPTS);
            return Optional.empty();
        }
        repository.used(stored.id());
        return Optional.ofNullable(stored.personId());
    }

    private String issue(String phone, Long personId, String purpose) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        repository.insert(phone, personId, purpose, salt, hash(salt, code), VALID_SECONDS);
        return code;
    }

    private void throttle(String phone) {
        if (repository.requestedWithin(phone, 60) > 0 || repository.requestedWithin(phone, 3600) >= PER_HOUR) {
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "sms.throttled");
        }
    }

    /** Whether the gateway took the message; its failure is logged (masked number), never shown as a 500. */
    private boolean send(String phone, String key, String code) {
        try {
            sender.getObject().send(phone, messages.getMessage(key, new Object[] {code, VALID_SECONDS / 60},
                    LocaleContextHolder.getLocale()));
            return true;
        } catch (RuntimeException e) {
            log.warn("The SMS gateway refused a message to {}", PhoneNumber.mask(phone), e);
            return false;
        }
    }

    private String gatewayAndPhone(String rawPhone) {
        if (!available()) {
            throw DomainException.invalid("sms.unavailable");
        }
        return PhoneNumber.parse(rawPhone).orElseThrow(() -> DomainException.invalid("person.phone.invalid"));
    }

    private static DomainException wrongCode() {
        return DomainException.invalid("sms.code.wrong");
    }

    private static byte[] hash(byte[] salt, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return digest.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
