package org.renrentong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed its password since the session signed in (the credential stamp in the
 * database moved on), so a password change signs out every other browser, on every node. The session in which the
 * password was changed carries the new stamp ({@link #keep}) and goes on.
 */
final class CredentialStampFilter extends OncePerRequestFilter {

    private static final String ATTRIBUTE = "renrentong.credentialStamp";

    private final AccountRepository accounts;
    private final AuditLog audit;

    CredentialStampFilter(AccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The session of this request (if it signed in by session) lives on under the account's new stamp. */
    static void keep(HttpServletRequest request, long stamp) {
        HttpSession session = request.getSession(false);
        if (session != null && !BasicCredentials.sent(request)) {
            session.setAttribute(ATTRIBUTE, stamp);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && !BasicCredentials.sent(request)
                && auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            Object kept = session.getAttribute(ATTRIBUTE);
            long signedIn = kept instanceof Long stamp ? stamp : principal.credentialStamp();
            if (signedIn != accounts.credentialStamp(principal.personId())) {
                end(request, response, session, principal);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, HttpServletResponse response, HttpSession session,
                     AccountPrincipal principal) throws IOException {
        session.invalidate();
        SecurityContextHolder.clearContext();
        AccountRepository.Scope scope = accounts.scopeOf(principal.personId());
        audit.record(new AuditEvent(principal.personId(), principal.getUsername(), null, "SIGN_OUT", "person",
                String.valueOf(principal.personId()), AuditEvent.Result.SUCCESS, scope.regionPath(), scope.schoolId(),
                "audit.detail.SIGN_OUT.passwordChanged", List.of()));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        } else {
            response.sendRedirect(request.getContextPath() + "/login?expired");
        }
    }
}
