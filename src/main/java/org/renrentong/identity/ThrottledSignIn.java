package org.renrentong.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the password only for a (login, address) pair that is not waiting after too many failures; a waiting pair
 * is refused without looking at the password or the account. The failures themselves are counted from the
 * authentication events ({@link SignInEvents}), so the form and HTTP Basic share one throttle.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwordCheck, SignInThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String login = attempt.getName();
        String address = addressOf(attempt);
        if (throttle.blockedUntil(login, address).isPresent()) {
            throw new LockedException("too many failed sign-ins from this address");
        }
        Authentication done = passwordCheck.authenticate(attempt);
        throttle.succeeded(login, address);
        return done;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "";
    }
}
