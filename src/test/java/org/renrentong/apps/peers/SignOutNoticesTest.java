package org.renrentong.apps.peers;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.authentication.TestingAuthenticationToken;

/**
 * A person who signed in to a joined node through this one signs out here: the tokens issued to that node are revoked
 * at once, and the node is told — again later when it could not take the notice the first time.
 */
@IntegrationTest
class SignOutNoticesTest {

    @Autowired SignOutNotices notices;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired Deliveries deliveries;
    @Autowired JdbcClient jdbc;

    private HttpServer node;
    private final List<String> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    void aJoinedNodeThatFailsOnce() throws Exception {
        node = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        node.createContext("/", exchange -> {
            told.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(told.size() == 1 ? 503 : 204, -1);
            exchange.close();
        });
        node.start();
    }

    @AfterEach
    void stop() {
        node.stop(0);
    }

    @Test
    void aNodeThatCouldNotBeToldIsToldAgain() throws Exception {
        String code = "o" + Fixtures.unique();
        String account = "t" + Fixtures.unique();
        jdbc.sql("""
                INSERT INTO node_peer (code, relation, name, level, region_code, base_url, key_id, public_key)
                VALUES (?, 'CHILD', '桥西区节点', 'COUNTY', '130104', ?, 'k', ?)""")
                .params(code, "http://127.0.0.1:" + node.getAddress().getPort() + "/",
                        KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded()).update();
        String idToken = new PlainJWT(new JWTClaimsSet.Builder().subject("sub-" + account).build()).serialize();
        jdbc.sql("""
                INSERT INTO oauth2_authorization (id, registered_client_id, principal_name, authorization_grant_type,
                                                  oidc_id_token_value)
                VALUES (?, ?, ?, 'authorization_code', ?)""").params("a-" + account, "node:" + code, account, idToken)
                .update();

        notices.logout(new MockHttpServletRequest(), new MockHttpServletResponse(),
                new TestingAuthenticationToken(account, null));

        assertThat(jdbc.sql("SELECT count(*) FROM oauth2_authorization WHERE principal_name = ?").param(account)
                .query(Long.class).single()).isZero();
        long giveUpAt = System.nanoTime() + 60_000_000_000L;
        while (told.isEmpty() || deliveries.incomplete() == 0) {
            assertThat(System.nanoTime()).as("the node is told once and it fails").isLessThan(giveUpAt);
            Thread.sleep(20);
        }
        incomplete.resubmitIncompletePublications(publication -> true);
        deliveries.awaitAll();

        assertThat(told).hasSize(2).allSatisfy(uri ->
                assertThat(uri).isEqualTo("/federation/sign-out?subject=sub-" + account));
    }
}
