package org.renrentong.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * What happens around sign-in: counting failures for the throttle, the audit trail, and the first-login password
 * change. Failures are counted from the authentication events, so that the sign-in form and HTTP Basic (API clients)
 * share one throttle. Unknown and existing accounts get the same answers.
 */
@Component
class SignInEvents implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

    static final String MUST_CHANGE_ATTRIBUTE = "renrentong.mustChangePassword";

    private final AccountRepository accounts;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    SignInEvents(AccountRepository accounts, SignInThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** A wrong password (or an unknown account) from any channel counts towards the throttle, and is audited. */
    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String login = loginOf(event.getAuthentication());
        boolean blocked = !login.isEmpty()
                && throttle.recordFailure(login, ThrottledSignIn.addressOf(event.getAuthentication())).isPresent();
        audit.record(failure(login, AuditEvent.Result.FAILURE, blocked ? "locked" : "bad"));
    }

    /** An attempt from a pair that must still wait: refused unchecked, and audited. */
    @EventListener
    void refused(AuthenticationFailureLockedEvent event) {
        audit.record(failure(loginOf(event.getAuthentication()), AuditEvent.Result.DENIED, "locked"));
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        AccountPrincipal principal = (AccountPrincipal) auth.getPrincipal();
        audit.record(event(principal, "SIGN_IN"));
        if (principal.mustChangePassword()) {
            request.getSession().setAttribute(MUST_CHANGE_ATTRIBUTE, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + "/password");
            return;
        }
        response.sendRedirect(returnTo(request, response));
    }

    /**
     * The page the person was going to when sent to sign in, else their landing page ({@code /home}). Only its path
     * and query are kept, so the host of the saved request (from a Host header) never leads elsewhere.
     */
    private String returnTo(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved == null) {
            return request.getContextPath() + "/home";
        }
        requestCache.removeRequest(request, response);
        URI uri = URI.create(saved.getRedirectUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The failure itself was counted by {@link #failed}; the form only tells whether this address must now wait. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String login = Optional.ofNullable(request.getParameter("username")).orElse("").trim();
        boolean locked = exception instanceof LockedException
                || (!login.isEmpty() && throttle.blockedUntil(login, request.getRemoteAddr()).isPresent());
        response.sendRedirect(request.getContextPath() + "/login?error=" + (locked ? "locked" : "bad"));
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            audit.record(event(principal, "SIGN_OUT"));
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }

    /** Sign-ins and sign-outs are filed under the person's school and region, so its administrators see them. */
    private AuditEvent event(AccountPrincipal principal, String action) {
        AccountRepository.Scope scope = accounts.scopeOf(principal.personId());
        return new AuditEvent(principal.personId(), principal.getUsername(), null, action, "person",
                String.valueOf(principal.personId()), AuditEvent.Result.SUCCESS, scope.regionPath(), scope.schoolId(),
                null, List.of());
    }

    /** A refused sign-in of a known account is filed under that person's scope too; an unknown one stays national. */
    private AuditEvent failure(String login, AuditEvent.Result result, String reason) {
        AccountRepository.Scope scope = login.isEmpty() ? AccountRepository.Scope.NONE : accounts.scopeOfLogin(login);
        return new AuditEvent(null, login, null, "SIGN_IN", "person", null, result, scope.regionPath(),
                scope.schoolId(), "audit.detail.SIGN_IN." + reason, List.of());
    }

    private static String loginOf(Authentication attempt) {
        String login = String.valueOf(attempt.getName()).trim();
        return login.length() > 64 ? login.substring(0, 64) : login;
    }
}
