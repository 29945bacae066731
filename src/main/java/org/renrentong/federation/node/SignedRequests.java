package org.renrentong.federation.node;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.federation.Peer;
import org.renrentong.federation.PeerRequests;
import org.springframework.stereotype.Component;

/**
 * Requests between joined nodes, signed with Ed25519: the headers name the sending node, a timestamp (seconds since
 * the epoch) and a nonce, and sign these with the method and the path and query as sent. The receiving node checks
 * the signature with the key the sender gave when they joined, refuses an unknown or suspended node, a timestamp more
 * than five minutes off and a nonce it saw before, and records each checked request in the audit log with the node
 * as the one who acted. The verdict is kept with the request, so asking twice neither counts the nonce twice nor
 * writes two audit rows.
 */
@Component
class SignedRequests implements PeerRequests {

    static final String NODE = "X-Renrentong-Node";
    static final String TIMESTAMP = "X-Renrentong-Timestamp";
    static final String NONCE = "X-Renrentong-Nonce";
    static final String SIGNATURE = "X-Renrentong-Signature";
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Pattern NONCE_SHAPE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final String VERDICT = SignedRequests.class.getName() + ".verdict";

    private final IdentityStore identity;
    private final PeerRepository peers;
    private final NonceLedger nonces;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    SignedRequests(IdentityStore identity, PeerRepository peers, NonceLedger nonces, AuditLog audit) {
        this.identity = identity;
        this.peers = peers;
        this.nonces = nonces;
        this.audit = audit;
    }

    @Override
    public HttpRequest.Builder signed(HttpRequest.Builder request, String method, URI uri) {
        byte[] nonce = new byte[18];
        random.nextBytes(nonce);
        Headers h = sign(identity.current().code(), identity.signingKey(), method, pathAndQuery(uri),
                Instant.now().getEpochSecond(), Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
        return request.header(NODE, h.node()).header(TIMESTAMP, h.timestamp()).header(NONCE, h.nonce())
                .header(SIGNATURE, h.signature());
    }

    @Override
    public Optional<Peer> signer(HttpServletRequest request) {
        if (request.getAttribute(VERDICT) instanceof Verdict kept) {
            return Optional.ofNullable(kept.peer());
        }
        Verdict verdict = check(request);
        request.setAttribute(VERDICT, verdict);
        return Optional.ofNullable(verdict.peer());
    }

    /** The four headers of a signed request. */
    record Headers(String node, String timestamp, String nonce, String signature) {
    }

    /** The signer of a checked request; none when it was refused or not signed. */
    private record Verdict(Peer peer) {
    }

    static Headers sign(String node, PrivateKey key, String method, String pathAndQuery, long epochSecond,
                        String nonce) {
        String timestamp = Long.toString(epochSecond);
        byte[] signature = NodeKeys.sign(key, signedText(node, method, pathAndQuery, timestamp, nonce));
        return new Headers(node, timestamp, nonce, Base64.getEncoder().encodeToString(signature));
    }

    private Verdict check(HttpServletRequest request) {
        String node = request.getHeader(NODE);
        if (node == null) {
            return new Verdict(null);
        }
        String code = node.length() > 32 ? node.substring(0, 32) : node;
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Optional<NodePeer> known = peers.byCode(code);
        String refusal = refusal(known, request, path);
        if (refusal != null) {
            audit.record(new AuditEvent(PrincipalKind.NODE, known.map(NodePeer::id).orElse(null), code, null,
                    "PEER_REQUEST", "node", code, AuditEvent.Result.DENIED, null, null, refusal,
                    AuditEvent.args(request.getMethod(), abbreviate(path))));
            return new Verdict(null);
        }
        NodePeer peer = known.orElseThrow();
        peers.contacted(peer.id());
        audit.record(new AuditEvent(PrincipalKind.NODE, peer.id(), peer.code(), null, "PEER_REQUEST", "node",
                peer.code(), AuditEvent.Result.SUCCESS, null, null, AuditEvent.detailKeyOf("PEER_REQUEST"),
                AuditEvent.args(request.getMethod(), abbreviate(path))));
        return new Verdict(peer.asPeer());
    }

    /** The reason (a message key) to refuse the request, or null; the nonce is spent only by a good signature. */
    private String refusal(Optional<NodePeer> known, HttpServletRequest request, String path) {
        if (known.isEmpty()) {
            return "node.signature.unknownNode";
        }
        NodePeer peer = known.get();
        if (peer.state() == NodePeer.State.SUSPENDED) {
            return "node.signature.suspended";
        }
        String timestamp = request.getHeader(TIMESTAMP);
        String nonce = request.getHeader(NONCE);
        String signature = request.getHeader(SIGNATURE);
        if (timestamp == null || nonce == null || signature == null || !timestamp.matches("\\d{1,12}")
                || !NONCE_SHAPE.matcher(nonce).matches()) {
            return "node.signature.missing";
        }
        long skew = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp));
        if (skew > WINDOW.toSeconds()) {
            return "node.signature.stale";
        }
        PublicKey key = NodeKeys.publicKey(peer.publicKey());
        byte[] signed;
        try {
            signed = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return "node.signature.invalid";
        }
        if (key == null || !NodeKeys.verify(key, signedText(peer.code(), request.getMethod(), path, timestamp, nonce),
                signed)) {
            return "node.signature.invalid";
        }
        return nonces.firstSeen(peer.code(), nonce) ? null : "node.signature.replayed";
    }

    /** What is signed: a version tag, then node, method, path and query, timestamp and nonce, one per line. */
    private static String signedText(String node, String method, String pathAndQuery, String timestamp, String nonce) {
        return String.join("\n", "renrentong-signed-request-1", node, method.toUpperCase(java.util.Locale.ROOT),
                pathAndQuery, timestamp, nonce);
    }

    static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String abbreviate(String path) {
        return path.length() > 200 ? path.substring(0, 200) : path;
    }
}
