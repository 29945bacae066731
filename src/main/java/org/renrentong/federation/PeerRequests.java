package org.renrentong.federation;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Optional;

/**
 * Requests between joined nodes: this node signs what it sends to a joined node with its signing key, and checks
 * what a joined node sends with the public key exchanged when they joined.
 */
public interface PeerRequests {

    /** The request with the headers that sign it as this node's, for a joined node at that URI. */
    HttpRequest.Builder signed(HttpRequest.Builder request, String method, URI uri);

    /** The joined node that signed this request, when its signature checks out; empty for anyone else. */
    Optional<Peer> signer(HttpServletRequest request);
}
