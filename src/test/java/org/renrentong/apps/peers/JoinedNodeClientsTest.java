package org.renrentong.apps.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.NodeEvents;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each joined node is a public PKCE client of this node and a provider of it, derived from the peers list: the sign-in
 * page offers it; once suspended, it is neither, and the page no longer offers it, and what this node issued to it is
 * revoked. A refusal of a sign-in through a
 * node shows on the sign-in page.
 */
@IntegrationTest
class JoinedNodeClientsTest {

    @Autowired RegisteredClientRepository clients;
    @Autowired PeerRegistrations registrations;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired Deliveries deliveries;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void aJoinedChildIsAClientAndAProviderUntilItIsSuspended() throws Exception {
        String code = "k" + Fixtures.unique();
        jdbc.sql("""
                INSERT INTO node_peer (code, relation, name, level, region_code, base_url, key_id, public_key)
                VALUES (?, 'CHILD', '桥西区节点', 'COUNTY', '130104', 'http://county.example.cn/', 'k', ?)""")
                .params(code, KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded())
                .update();

        RegisteredClient client = clients.findByClientId("node:" + code);
        assertThat(client.getClientAuthenticationMethods()).containsExactly(ClientAuthenticationMethod.NONE);
        assertThat(client.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(client.getClientSettings().isRequireAuthorizationConsent()).isFalse();
        assertThat(client.getRedirectUris()).containsExactly("http://county.example.cn/login/oauth2/code/node-000000");
        assertThat(clients.findById("node:" + code)).isNotNull();
        ClientRegistration provider = registrations.findByRegistrationId("node-" + code);
        assertThat(provider.getClientId()).isEqualTo("node:000000");
        assertThat(provider.getProviderDetails().getIssuerUri()).isEqualTo("http://county.example.cn");
        assertThat(provider.getProviderDetails().getAuthorizationUri())
                .isEqualTo("http://county.example.cn/oauth2/authorize");
        assertThat(page("/login")).contains("id=\"node-sign-in-" + code + "\"", "使用县级账号登录（桥西区节点）");

        jdbc.sql("UPDATE node_peer SET state = 'SUSPENDED' WHERE code = ?").param(code).update();

        assertThat(clients.findByClientId("node:" + code)).isNull();
        assertThat(clients.findById("node:" + code)).isNull();
        assertThat(registrations.findByRegistrationId("node-" + code)).isNull();
        assertThat(page("/login")).doesNotContain("node-sign-in-" + code);
    }

    @Test
    void whatThisNodeIssuedToAChildIsRevokedWhenItIsSuspendedOrRemoved() {
        String suspended = "s" + Fixtures.unique();
        String removed = "r" + Fixtures.unique();
        String kept = "k" + Fixtures.unique();
        for (String code : new String[] {suspended, removed, kept}) {
            jdbc.sql("""
                    INSERT INTO oauth2_authorization (id, registered_client_id, principal_name, authorization_grant_type)
                    VALUES (?, ?, 'teacher', 'authorization_code')""").params("a-" + code, "node:" + code).update();
        }

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new NodeEvents.ChildSuspended(suspended, true));
            events.publishEvent(new NodeEvents.ChildSuspended(kept, false));
            events.publishEvent(new NodeEvents.ChildRemoved(removed));
        });
        deliveries.awaitAll();

        assertThat(jdbc.sql("SELECT registered_client_id FROM oauth2_authorization WHERE id IN (?, ?, ?)")
                .params("a-" + suspended, "a-" + removed, "a-" + kept).query(String.class).list())
                .containsExactly("node:" + kept);
    }

    @Test
    void aRefusedSignInThroughANodeSaysWhyOnTheSignInPage() throws Exception {
        String html = mvc.perform(get("/login").flashAttr("signInRefused", "apps.peers.school.unknown")
                        .flashAttr("signInRefusedArgs", new Object[] {"长安区第一中学", "1301020001"}))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"login-refused\"", "你所在的学校“长安区第一中学”（学校标识码 1301020001）不在本平台");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
