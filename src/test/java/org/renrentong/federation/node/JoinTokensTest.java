package org.renrentong.federation.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.AuditQuery;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.federation.NodeLevel;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The rules of join tokens, at the parent: a child of the level and region the token was issued for joins once;
 * an unknown, expired, revoked or used token, or a child of another level or region, is refused with the reason
 * (as problem details carrying the reason's key), and nothing is stored. The node here is the province 130000.
 */
@IntegrationTest
class JoinTokensTest {

    @Autowired MockMvc mvc;
    @Autowired JoinTokens tokens;
    @Autowired Admissions admissions;
    @Autowired Children children;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;

    private Actor admin() {
        return fixtures.platformAdmin();
    }

    private IssuedToken issue() {
        return tokens.issue(admin(), new TokenForm("长安区节点", NodeLevel.COUNTY, "130102", null));
    }

    private ResultActions join(String json, String language) throws Exception {
        return mvc.perform(post("/federation/join").contentType(MediaType.APPLICATION_JSON).content(json)
                .header("Accept-Language", language));
    }

    @Test
    void aChildJoinsOnceWithItsTokenAndIsListed() throws Exception {
        IssuedToken token = issue();
        ChildNode child = ChildNode.county();
        assertThat(tokens.unused(admin())).extracting(JoinToken::id).contains(token.id());

        join(child.joinJson(token.token()), "zh-CN").andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("000000")).andExpect(jsonPath("$.level").value("PROVINCE"))
                .andExpect(jsonPath("$.publicKey").isNotEmpty());

        assertThat(children.list(admin())).extracting(PeerView::code).contains(child.code());
        assertThat(tokens.unused(admin())).extracting(JoinToken::id).doesNotContain(token.id());
        List<AuditEvent.Entry> joined = audit.search(new AuditQuery(null, null, child.code(), "CHILD_JOINED", null,
                null, null, 5));
        assertThat(joined).singleElement().satisfies(e -> {
            assertThat(e.principalKind()).isEqualTo(PrincipalKind.NODE);
            assertThat(e.result()).isEqualTo(AuditEvent.Result.SUCCESS);
        });
    }

    @Test
    void theSameJoinCallAgainIsRefusedAsAUsedToken() throws Exception {
        IssuedToken token = issue();
        ChildNode child = ChildNode.county();
        join(child.joinJson(token.token()), "zh-CN").andExpect(status().isCreated());

        join(child.joinJson(token.token()), "zh-CN").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("node.join.token.used"));
        ChildNode other = ChildNode.county();
        join(other.joinJson(token.token()), "zh-CN").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("这个接入令牌已经用过，每个令牌只能用一次。"));
        assertThat(children.list(admin())).extracting(PeerView::code).doesNotContain(other.code());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        IssuedToken token = issue();
        jdbc.sql("UPDATE node_join_token SET expires_at = now() - interval '1 second' WHERE id = ?")
                .param(token.id()).update();
        ChildNode child = ChildNode.county();
        refused(child, token.token(), "node.join.token.expired");
    }

    @Test
    void aRevokedTokenIsRefusedAndNoLongerListed() throws Exception {
        IssuedToken token = issue();
        tokens.revoke(admin(), token.id());
        assertThat(tokens.unused(admin())).extracting(JoinToken::id).doesNotContain(token.id());
        refused(ChildNode.county(), token.token(), "node.join.token.revoked");
        assertThatThrownBy(() -> tokens.revoke(admin(), token.id())).isInstanceOf(DomainException.class);
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        refused(ChildNode.county(), "no-such-token-" + Fixtures.unique(), "node.join.token.unknown");
    }

    @Test
    void aChildOfAnotherLevelOrRegionIsRefused() throws Exception {
        IssuedToken token = issue();
        refused(ChildNode.county().at(NodeLevel.SCHOOL, "130102"), token.token(), "node.join.token.level");
        refused(ChildNode.county().at(NodeLevel.COUNTY, "130104"), token.token(), "node.join.token.region");
        // refused calls left the token unused: the right child still joins with it
        join(ChildNode.county().joinJson(token.token()), "zh-CN").andExpect(status().isCreated());
    }

    @Test
    void ofTwoJoinsAtOnceWithOneTokenExactlyOneSucceeds() throws Exception {
        IssuedToken token = issue();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ChildNode child = ChildNode.county();
                Callable<Boolean> attempt = () -> {
                    try {
                        admissions.admit(new JoinRequest(token.token(), child.descriptor()));
                        return true;
                    } catch (DomainException refused) {
                        return false;
                    }
                };
                tries.add(pool.submit(attempt));
            }
            int admitted = 0;
            for (Future<Boolean> t : tries) {
                admitted += t.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTokenIsIssuedOnlyForALevelBelowAndARegionWithin() {
        assertThatThrownBy(() -> tokens.issue(admin(), new TokenForm("x", NodeLevel.PROVINCE, "130000", null)))
                .hasMessage("node.token.level.notBelow");
        assertThatThrownBy(() -> tokens.issue(admin(), new TokenForm("x", NodeLevel.COUNTY, "110101", null)))
                .hasMessage("node.token.region.outside");
        assertThatThrownBy(() -> tokens.issue(admin(), new TokenForm("x", NodeLevel.CITY, "130102", null)))
                .hasMessage("node.region.level");
        assertThatThrownBy(() -> tokens.issue(admin(), new TokenForm("x", NodeLevel.COUNTY, "130102", 0)))
                .hasMessage("node.token.validHours.range");
        assertThatThrownBy(() -> tokens.issue(fixtures.actor(fixtures.aPerson().teacher().build()),
                new TokenForm("x", NodeLevel.COUNTY, "130102", null))).hasMessage("error.forbidden");
        IssuedToken ok = tokens.issue(admin(), new TokenForm("x", NodeLevel.SCHOOL, "130102", 1));
        assertThat(ok.token()).hasSizeGreaterThanOrEqualTo(40);
        byte[] stored = jdbc.sql("SELECT token_hash FROM node_join_token WHERE id = ?").param(ok.id())
                .query(byte[].class).single();
        assertThat(stored).isEqualTo(JoinTokens.hash(ok.token())).isNotEqualTo(ok.token().getBytes());
    }

    @Test
    void badJoinRequestsAreClientErrors() throws Exception {
        join("{\"token\":", "zh-CN").andExpect(status().isBadRequest());
        join("[]", "zh-CN").andExpect(status().isBadRequest());
        join("{}", "zh-CN").andExpect(status().isBadRequest());
        join("{\"token\":\"x\",\"child\":{\"code\":\"x\",\"level\":\"NOPE\"}}", "zh-CN")
                .andExpect(status().isBadRequest());
        join("{\"token\":\"x\",\"child\":{\"code\":\"x\",\"name\":\"x\",\"level\":\"COUNTY\",\"publicKey\":\"bm9r\"}}",
                "zh-CN").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("node.join.descriptor.invalid"));
        join("{\"token\":\"" + "a".repeat(300) + "\",\"child\":null}", "zh-CN").andExpect(status().isBadRequest());
    }

    private void refused(ChildNode child, String token, String reason) throws Exception {
        join(child.joinJson(token), "zh-CN").andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.code").value(reason));
        assertThat(jdbc.sql("SELECT count(*) FROM node_peer WHERE code = ?").param(child.code()).query(Long.class)
                .single()).isZero();
    }
}
