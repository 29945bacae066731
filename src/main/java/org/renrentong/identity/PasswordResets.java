package org.renrentong.identity;

import java.security.SecureRandom;
import org.renrentong.audit.AuditLog;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator gives a person who cannot sign in a new initial password, shown once to the administrator and
 * to be changed at the next sign-in; the person's sessions end and sign-in blocks are lifted. Allowed only when the
 * administrator covers every place the person belongs to: a guardian with a child at another school, or a peer
 * administrator of the same region, is reset from above.
 */
@Service
public class PasswordResets {

    /** No 0/O, 1/l/I: the password is read out or copied by hand. */
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final int LENGTH = 12;

    private final PeopleRepository people;
    private final IdentityPolicy policy;
    private final AccountRepository accounts;
    private final SignInThrottle throttle;
    private final Passwords passwords;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(PeopleRepository people, IdentityPolicy policy, AccountRepository accounts, SignInThrottle throttle,
                   Passwords passwords, AuditLog audit) {
        this.people = people;
        this.policy = policy;
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** Whether the actor may reset the person's password (for showing the button). */
    public boolean mayReset(Actor actor, long personId) {
        return policy.mayReset(actor, personId);
    }

    /** Sets and returns a new initial password; the person must change it at the next sign-in. */
    @Transactional
    public String reset(Actor actor, long personId) {
        people.find(personId).orElseThrow(() -> DomainException.notFound("person.unknown"));
        PeopleRepository.Anchor anchor = policy.resettable(actor, personId);
        String initial = generate();
        accounts.resetPassword(personId, passwords.hash(initial));
        throttle.unlock(personId);
        audit.record(actor.audited("PASSWORD_RESET", "person", personId, anchor.path(), anchor.schoolId()));
        return initial;
    }

    private String generate() {
        String all = LOWER + UPPER + DIGITS;
        StringBuilder password = new StringBuilder();
        password.append(pick(LOWER)).append(pick(UPPER)).append(pick(DIGITS));
        while (password.length() < LENGTH) {
            password.append(pick(all));
        }
        for (int i = password.length() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char c = password.charAt(i);
            password.setCharAt(i, password.charAt(j));
            password.setCharAt(j, c);
        }
        return password.toString();
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
