package org.renrentong.federation.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.AuditQuery;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.federation.NodeLevel;
import org.renrentong.federation.Peer;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Requests of a joined child, checked at the parent: a good signature passes and is audited with the child as the one
 * who acted; a tampered path, a stale timestamp, a nonce used before, an unknown node or a suspended one fail.
 */
@IntegrationTest
class SignedRequestsTest {

    @Autowired SignedRequests requests;
    @Autowired JoinTokens tokens;
    @Autowired Admissions admissions;
    @Autowired Children children;
    @Autowired Fixtures fixtures;
    @Autowired AuditLog audit;
    @Autowired IdentityStore identity;
    @Autowired MockMvc mvc;

    private ChildNode child;

    @BeforeEach
    void joinedChild() {
        child = ChildNode.county();
        IssuedToken token = tokens.issue(fixtures.platformAdmin(), new TokenForm("长安区节点", NodeLevel.COUNTY,
                "130102", null));
        admissions.admit(new JoinRequest(token.token(), child.descriptor()));
    }

    private MockHttpServletRequest request(String signedPath, String sentPath, long epochSecond, String nonce) {
        SignedRequests.Headers h = SignedRequests.sign(child.code(), child.keys().getPrivate(), "GET", signedPath,
                epochSecond, nonce);
        String[] parts = sentPath.split("\\?", 2);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
        if (parts.length == 2) {
            request.setQueryString(parts[1]);
        }
        request.addHeader(SignedRequests.NODE, h.node());
        request.addHeader(SignedRequests.TIMESTAMP, h.timestamp());
        request.addHeader(SignedRequests.NONCE, h.nonce());
        request.addHeader(SignedRequests.SIGNATURE, h.signature());
        return request;
    }

    private static String nonce() {
        return "n" + Fixtures.unique() + "abcdefghijklmnop";
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    @Test
    void aSignedRequestOfAJoinedChildPassesAndIsAudited() {
        String path = "/oai?verb=ListRecords&metadataPrefix=oai_dc";
        Optional<Peer> signer = requests.signer(request(path, path, now(), nonce()));

        assertThat(signer).map(Peer::code).contains(child.code());
        List<AuditEvent.Entry> audited = audit.search(new AuditQuery(null, null, child.code(), "PEER_REQUEST", null,
                null, null, 5));
        assertThat(audited).singleElement().satisfies(e -> {
            assertThat(e.principalKind()).isEqualTo(PrincipalKind.NODE);
            assertThat(e.result()).isEqualTo(AuditEvent.Result.SUCCESS);
            assertThat(e.detailArgs()).containsExactly("GET", path);
        });
    }

    @Test
    void askingTwiceAboutOneRequestChecksItOnce() {
        MockHttpServletRequest request = request("/oai", "/oai", now(), nonce());
        assertThat(requests.signer(request)).isPresent();
        assertThat(requests.signer(request)).isPresent();
    }

    @Test
    void aTamperedPathFails() {
        assertThat(requests.signer(request("/oai?verb=Identify", "/oai?verb=ListRecords", now(), nonce()))).isEmpty();
        assertThat(requests.signer(request("/oai", "/federation/peer", now(), nonce()))).isEmpty();
    }

    @Test
    void aTimestampOutsideFiveMinutesFails() {
        assertThat(requests.signer(request("/oai", "/oai", now() - 301, nonce()))).isEmpty();
        assertThat(requests.signer(request("/oai", "/oai", now() + 301, nonce()))).isEmpty();
        assertThat(requests.signer(request("/oai", "/oai", now() - 240, nonce()))).isPresent();
    }

    @Test
    void aNonceUsedBeforeFails() {
        String nonce = nonce();
        assertThat(requests.signer(request("/oai", "/oai", now(), nonce))).isPresent();
        assertThat(requests.signer(request("/oai", "/oai", now(), nonce))).isEmpty();
        List<AuditEvent.Entry> refused = audit.search(new AuditQuery(null, null, child.code(), "PEER_REQUEST", null,
                null, null, 5));
        assertThat(refused.get(0).result()).isEqualTo(AuditEvent.Result.DENIED);
        assertThat(refused.get(0).detailKey()).isEqualTo("node.signature.replayed");
    }

    @Test
    void anUnknownNodeFails() {
        MockHttpServletRequest request = request("/oai", "/oai", now(), nonce());
        request.removeHeader(SignedRequests.NODE);
        request.addHeader(SignedRequests.NODE, "unknown" + Fixtures.unique());
        assertThat(requests.signer(request)).isEmpty();
        assertThat(requests.signer(new MockHttpServletRequest("GET", "/oai"))).isEmpty();
    }

    @Test
    void aSuspendedChildFailsAndPassesAgainOnceResumed() {
        children.suspend(fixtures.platformAdmin(), child.code(), true);
        assertThat(requests.signer(request("/oai", "/oai", now(), nonce()))).isEmpty();
        children.suspend(fixtures.platformAdmin(), child.code(), false);
        assertThat(requests.signer(request("/oai", "/oai", now(), nonce()))).isPresent();
    }

    @Test
    void thisNodeSignsWithTheKeyItsDescriptorShows() {
        URI uri = URI.create("http://child.example/oai?verb=Identify");
        HttpRequest signed = requests.signed(HttpRequest.newBuilder(uri), "GET", uri).build();
        String text = String.join("\n", "renrentong-signed-request-1", identity.current().code(), "GET",
                "/oai?verb=Identify", signed.headers().firstValue(SignedRequests.TIMESTAMP).orElseThrow(),
                signed.headers().firstValue(SignedRequests.NONCE).orElseThrow());
        byte[] signature = java.util.Base64.getDecoder()
                .decode(signed.headers().firstValue(SignedRequests.SIGNATURE).orElseThrow());
        assertThat(NodeKeys.verify(NodeKeys.publicKey(identity.current().publicKey()), text, signature)).isTrue();
    }

    @Test
    void thePeerEndpointAnswersSignedRequestsOnly() throws Exception {
        mvc.perform(get("/federation/peer")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("node.signature.required"));
        SignedRequests.Headers h = SignedRequests.sign(child.code(), child.keys().getPrivate(), "GET",
                "/federation/peer", now(), nonce());
        mvc.perform(get("/federation/peer").header(SignedRequests.NODE, h.node())
                        .header(SignedRequests.TIMESTAMP, h.timestamp()).header(SignedRequests.NONCE, h.nonce())
                        .header(SignedRequests.SIGNATURE, h.signature()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.you.code").value(child.code()))
                .andExpect(jsonPath("$.node.code").value(identity.current().code()));
    }
}
