package org.renrentong.apps.peers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person signs out here: the joined nodes involved are to be told, so that they end the person's sessions too —
 * the node this session's sign-in came from (by the ID token it issued), and the nodes this node signed the person in
 * to (by the subject it gave them, their tokens revoked here at once). The notices go through the outbox
 * ({@link SignOutDelivery}): a node that cannot be reached now is told when it can, and never keeps the person
 * signed in here.
 */
@Component
class SignOutNotices implements LogoutHandler {

    private final PeerAuthorizations issued;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    SignOutNotices(PeerAuthorizations issued, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.issued = issued;
        this.events = events;
        this.tx = tx;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (auth == null) {
            return;
        }
        HttpSession session = request.getSession(false);
        PeerSession came = session != null && session.getAttribute(PeerSession.ATTRIBUTE) instanceof PeerSession p
                ? p : null;
        String account = auth.getName();
        tx.executeWithoutResult(status -> {
            if (came != null) {
                events.publishEvent(new PeerSignOut(came.nodeCode(), "idToken", came.idToken()));
            }
            for (PeerAuthorizations.Issued to : issued.ofAccount(account)) {
                events.publishEvent(new PeerSignOut(to.nodeCode(), "subject", to.subject()));
                issued.remove(to.nodeCode(), account);
            }
        });
    }
}
