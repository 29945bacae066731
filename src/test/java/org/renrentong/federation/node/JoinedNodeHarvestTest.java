package org.renrentong.federation.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.NodeLevel;
import org.renrentong.identity.Actor;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceVisibility;
import org.renrentong.shared.ThisNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OAI-PMH provider and joined nodes: a request signed by a joined child also harvests what is shared with the
 * federation (signed-in visibility); the same request unsigned, as any visitor, does not find it.
 */
@IntegrationTest
class JoinedNodeHarvestTest {

    @Autowired JoinTokens tokens;
    @Autowired Admissions admissions;
    @Autowired Fixtures fixtures;
    @Autowired ResourceFixtures resources;
    @Autowired ThisNode thisNode;
    @Autowired MockMvc mvc;

    @Test
    void aJoinedNodeHarvestsWhatIsSharedWithTheFederation() throws Exception {
        ChildNode child = ChildNode.county();
        IssuedToken token = tokens.issue(fixtures.platformAdmin(), new TokenForm("裕华区节点", NodeLevel.COUNTY,
                "130102", null));
        admissions.admit(new JoinRequest(token.token(), child.descriptor()));
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource shared = resources.publish(resources.aResource(teacher).visibility(ResourceVisibility.SIGNED_IN)
                .build(), teacher, fixtures.platformAdmin());
        String path = "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:" + thisNode.code() + ":resource/"
                + shared.id();

        assertThat(oai(path, null)).contains("idDoesNotExist").doesNotContain(shared.title());
        assertThat(oai(path, child)).doesNotContain("<error").contains(shared.title())
                .contains("<setSpec>visibility:SIGNED_IN</setSpec>");
    }

    @Test
    void aJoinedNodeFetchesTheFilesOfWhatIsSharedWithTheFederationAndAVisitorDoesNot() throws Exception {
        ChildNode child = ChildNode.county();
        IssuedToken token = tokens.issue(fixtures.platformAdmin(), new TokenForm("桥西区节点", NodeLevel.COUNTY,
                "130102", null));
        admissions.admit(new JoinRequest(token.token(), child.descriptor()));
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource shared = resources.publish(resources.aResource(teacher).visibility(ResourceVisibility.SIGNED_IN)
                .build(), teacher, fixtures.platformAdmin());
        String path = "/oai/files/" + shared.id() + "/" + shared.files().get(0).fileId();

        assertThat(fetch(path, null).getStatus()).isEqualTo(401);
        var signed = fetch(path, child);
        assertThat(signed.getStatus()).isEqualTo(200);
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(signed.getContentAsByteArray()))).isEqualTo(shared.files().get(0).sha256());
    }

    private String oai(String path, ChildNode signer) throws Exception {
        return fetch(path, signer).getContentAsString(StandardCharsets.UTF_8);
    }

    private org.springframework.mock.web.MockHttpServletResponse fetch(String path, ChildNode signer)
            throws Exception {
        var request = get(path);
        if (signer != null) {
            SignedRequests.Headers h = SignedRequests.sign(signer.code(), signer.keys().getPrivate(), "GET", path,
                    Instant.now().getEpochSecond(), "n" + Fixtures.unique() + "abcdefghijklmnop");
            request.header(SignedRequests.NODE, h.node()).header(SignedRequests.TIMESTAMP, h.timestamp())
                    .header(SignedRequests.NONCE, h.nonce()).header(SignedRequests.SIGNATURE, h.signature());
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
