package org.renrentong.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/** What happens around sign-in: lockout counting, the audit trail, and the first-login password change. */
@Component
class SignInEvents implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

    static final String MUST_CHANGE_ATTRIBUTE = "renrentong.mustChangePassword";

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final int maxFailures;
    private final int lockMinutes;

    SignInEvents(AccountRepository accounts, AuditLog audit,
                 @Value("${renrentong.login.max-failures:5}") int maxFailures,
                 @Value("${renrentong.login.lock-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        AccountPrincipal principal = (AccountPrincipal) auth.getPrincipal();
        accounts.recordSuccess(principal.personId());
        audit.record(new AuditEvent(principal.personId(), principal.getUsername(), null, "SIGN_IN", "person",
                String.valueOf(principal.personId()), AuditEvent.Result.SUCCESS, null, null, null));
        if (accounts.mustChangePassword(principal.personId())) {
            request.getSession().setAttribute(MUST_CHANGE_ATTRIBUTE, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + "/password");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String login = Optional.ofNullable(request.getParameter("username")).orElse("").trim();
        String reason = "bad";
        if (exception instanceof LockedException) {
            reason = "locked";
        } else if (!login.isEmpty()) {
            if (accounts.recordFailure(login, maxFailures, lockMinutes)) {
                reason = "locked";
            }
        }
        audit.record(new AuditEvent(null, login.length() > 64 ? login.substring(0, 64) : login, null, "SIGN_IN",
                "person", null, AuditEvent.Result.FAILURE, null, null, reason));
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            audit.record(new AuditEvent(principal.personId(), principal.getUsername(), null, "SIGN_OUT", "person",
                    String.valueOf(principal.personId()), AuditEvent.Result.SUCCESS, null, null, null));
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }
}
