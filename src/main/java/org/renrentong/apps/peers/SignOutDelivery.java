package org.renrentong.apps.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a joined node of a sign-out here, in a signed request (the notice is in the signed path and query). A node
 * that cannot be reached or fails is told again later, with the outbox's back-off; one that refuses the notice is
 * not (telling it again would not change its answer), nor one no longer joined.
 */
@Component
class SignOutDelivery {

    static final String PATH = "/federation/sign-out";
    private static final Logger LOG = LoggerFactory.getLogger(SignOutDelivery.class);

    private final Peers peers;
    private final PeerRequests requests;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    SignOutDelivery(Peers peers, PeerRequests requests) {
        this.peers = peers;
        this.requests = requests;
    }

    @ApplicationModuleListener(id = "apps.peer-sign-out")
    void tell(PeerSignOut notice) throws InterruptedException {
        Peer peer = peers.joined(notice.nodeCode()).orElse(null);
        if (peer == null) {
            return;
        }
        URI uri = URI.create(peer.baseUrl().replaceFirst("/+$", "") + PATH + "?" + notice.name() + "="
                + URLEncoder.encode(notice.value(), StandardCharsets.UTF_8));
        HttpRequest request = requests.signed(HttpRequest.newBuilder(uri), "POST", uri)
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(5)).build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException("Node " + peer.code() + " could not be told of a sign-out", e);
        }
        if (status >= 500) {
            throw new IllegalStateException("Node " + peer.code() + " answered " + status + " to a sign-out notice");
        }
        if (status / 100 != 2) {
            LOG.warn("Node {} refused a sign-out notice with {}", peer.code(), status);
        }
    }
}
