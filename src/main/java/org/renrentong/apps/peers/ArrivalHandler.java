package org.renrentong.apps.peers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.renrentong.federation.Peer;
import org.renrentong.federation.Peers;
import org.renrentong.identity.ExternalSessions;
import org.renrentong.shared.DomainException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The end of a sign-in through a joined node: the person it vouched for becomes the signed-in account here (the
 * node's token is not kept as the session's authentication), and lands on their home page; a person who went there
 * from their account page to link that account comes back linked, still themselves. A refusal, of ours or of
 * the other node, leaves nobody signed in and says why on the sign-in page.
 */
@Component
class ArrivalHandler implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final Peers peers;
    private final Arrivals arrivals;
    private final NodeAccounts accounts;
    private final ExternalSessions sessions;
    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    ArrivalHandler(Peers peers, Arrivals arrivals, NodeAccounts accounts, ExternalSessions sessions) {
        this.peers = peers;
        this.arrivals = arrivals;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) auth;
        OidcUser user = (OidcUser) token.getPrincipal();
        String code = token.getAuthorizedClientRegistrationId().substring(PeerRegistrations.PREFIX.length());
        HttpSession session = request.getSession();
        Object linking = session.getAttribute(PeerLinking.ATTRIBUTE);
        session.removeAttribute(PeerLinking.ATTRIBUTE);
        try {
            Peer peer = peers.joined(code).orElseThrow(() -> DomainException.invalid("apps.peers.failed"));
            long personId;
            String landing;
            if (linking instanceof PeerLinking asked && asked.nodeCode().equals(code)) {
                accounts.link(peer, user, asked.personId());
                personId = asked.personId();
                landing = NodeAccountsController.PATH + "?linked";
            } else {
                personId = arrivals.arrive(peer, user);
                landing = "/home";
            }
            sessions.signIn(personId, request, response, "audit.detail.SIGN_IN.node", peer.name());
            request.getSession().setAttribute(PeerSession.ATTRIBUTE,
                    new PeerSession(peer.code(), user.getIdToken().getTokenValue()));
            response.sendRedirect(request.getContextPath() + landing);
        } catch (DomainException refused) {
            refuse(request, response, refused.messageKey(), refused.args());
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        refuse(request, response, "apps.peers.failed");
    }

    /** Nobody stays signed in; the reason goes to the sign-in page as a flash attribute. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, String key, Object... args)
            throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        FlashMap refusal = new FlashMap();
        refusal.put("signInRefused", key);
        refusal.put("signInRefusedArgs", args);
        refusal.setTargetRequestPath(request.getContextPath() + "/login");
        flash.saveOutputFlashMap(refusal, request, response);
        response.sendRedirect(request.getContextPath() + "/login");
    }
}
