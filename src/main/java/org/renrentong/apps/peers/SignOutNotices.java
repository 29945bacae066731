package org.renrentong.apps.peers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.renrentong.federation.Peer;
import org.renrentong.federation.PeerRequests;
import org.renrentong.federation.Peers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * A person signs out here: the joined nodes involved are told, in a signed request, so that they end the person's
 * sessions too — the node this session's sign-in came from (by the ID token it issued), and the nodes this node
 * signed the person in to (by the subject it gave them, their tokens revoked here). The notice is in the signed path
 * and query. A node that cannot be reached does not keep the person signed in here.
 */
@Component
class SignOutNotices implements LogoutHandler {

    static final String PATH = "/federation/sign-out";
    private static final Logger LOG = LoggerFactory.getLogger(SignOutNotices.class);

    private final Peers peers;
    private final PeerRequests requests;
    private final PeerAuthorizations issued;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    SignOutNotices(Peers peers, PeerRequests requests, PeerAuthorizations issued) {
        this.peers = peers;
        this.requests = requests;
        this.issued = issued;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (auth == null) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PeerSession.ATTRIBUTE) instanceof PeerSession came) {
            peers.joined(came.nodeCode()).ifPresent(peer -> tell(peer, "idToken", came.idToken()));
        }
        String account = auth.getName();
        for (PeerAuthorizations.Issued to : issued.ofAccount(account)) {
            peers.joined(to.nodeCode()).ifPresent(peer -> tell(peer, "subject", to.subject()));
            issued.remove(to.nodeCode(), account);
        }
    }

    private void tell(Peer peer, String name, String value) {
        URI uri = URI.create(peer.baseUrl().replaceFirst("/+$", "") + PATH + "?" + name + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8));
        HttpRequest request = requests.signed(HttpRequest.newBuilder(uri), "POST", uri)
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(5)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                LOG.warn("Node {} answered {} to a sign-out notice", peer.code(), status);
            }
        } catch (IOException e) {
            LOG.warn("Node {} could not be told of a sign-out: {}", peer.code(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
