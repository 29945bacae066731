package org.renrentong.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.shared.DomainException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Sessions that another sign-in way opens and ends (see {@link ExternalSignIn}): a person whom a joined node vouched
 * for is signed in here as their own account, and the sessions of a person who signed out on another node end here
 * too. Both are audited as the person's sign-in and sign-out, with the way in the detail.
 */
@Service
public class ExternalSessions {

    private final AccountRepository accounts;
    private final IdentityPolicy policy;
    private final AuditLog audit;
    private final BasicCredentials contexts = new BasicCredentials();

    ExternalSessions(AccountRepository accounts, IdentityPolicy policy, AuditLog audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.audit = audit;
    }

    /**
     * Signs the person in for this browser in place of whatever authentication the request carried; a disabled
     * account is refused. The session gets a new id, as after a password sign-in.
     */
    public void signIn(long personId, HttpServletRequest request, HttpServletResponse response, String detailKey,
                       Object... args) {
        AccountPrincipal principal = accounts.byPersonId(personId).filter(AccountPrincipal::isEnabled)
                .orElseThrow(() -> DomainException.forbidden());
        principal.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        audit.record(event(personId, principal.getUsername(), "SIGN_IN", detailKey, args));
    }

    /**
     * Ends every session of the person, on every instance of this node (the credential stamp moves on), when the
     * joined node that signed them in, or was signed in to, tells that they signed out there.
     */
    public void endSessions(Actor node, long personId, String detailKey, Object... args) {
        policy.requireNode(node);
        accounts.byPersonId(personId).ifPresent(principal -> {
            accounts.raiseCredentialStamp(personId);
            audit.record(event(personId, principal.getUsername(), "SIGN_OUT", detailKey, args));
        });
    }

    private AuditEvent event(long personId, String account, String action, String detailKey, Object... args) {
        AccountRepository.Scope scope = accounts.scopeOf(personId);
        return new AuditEvent(personId, account, null, action, "person", String.valueOf(personId),
                AuditEvent.Result.SUCCESS, scope.regionPath(), scope.schoolId(), detailKey, AuditEvent.args(args));
    }
}
