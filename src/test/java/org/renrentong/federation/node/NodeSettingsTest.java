package org.renrentong.federation.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.NodeLevel;
import org.renrentong.identity.Actor;
import org.renrentong.identity.IdCardVault;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.shared.ThisNode;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * This node's identity: stored at first start from the configuration with a sealed Ed25519 key, edited by a
 * platform administrator within the rules, and read from the store by {@link ThisNode} and the front page. All tests
 * share the one identity, so every edit here is put back.
 */
@IntegrationTest
class NodeSettingsTest {

    @Autowired MockMvc mvc;
    @Autowired NodeSettings settings;
    @Autowired ThisNode thisNode;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired JdbcClient jdbc;
    @Autowired IdCardVault vault;
    @Autowired JoinTokens tokens;
    @Autowired Admissions admissions;
    @Autowired IdentityStore identity;
    @Autowired ResourceFixtures resources;

    @Test
    void theFirstStartStoredTheConfiguredIdentityWithASealedKeyPair() {
        NodeView node = settings.view(fixtures.platformAdmin());
        assertThat(node.code()).isEqualTo("000000");
        assertThat(node.level()).isEqualTo(NodeLevel.PROVINCE);
        assertThat(node.regionCode()).isEqualTo("130000");
        assertThat(node.baseUrl()).startsWith("http://localhost:");

        byte[] sealed = jdbc.sql("SELECT private_key FROM node_identity").query(byte[].class).single();
        byte[] pkcs8 = Base64.getDecoder().decode(vault.decrypt(sealed));
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(pkcs8, StandardCharsets.ISO_8859_1))
                .doesNotContain(Base64.getEncoder().encodeToString(pkcs8));
        String text = "checked";
        assertThat(NodeKeys.verify(NodeKeys.publicKey(Base64.getDecoder().decode(node.publicKey())), text,
                NodeKeys.sign(NodeKeys.privateKey(pkcs8), text))).isTrue();
        assertThat(node.keyId()).isEqualTo(NodeKeys.keyId(Base64.getDecoder().decode(node.publicKey())));
    }

    @Test
    void anEditShowsInThisNodeTheFrontPageAndTheDescriptor() throws Exception {
        Actor admin = fixtures.platformAdmin();
        NodeView before = settings.view(admin);
        try {
            settings.update(admin, new NodeForm(null, "河北省教育资源公共服务平台", NodeLevel.PROVINCE, "130000",
                    "https://hebei.example.cn/"));
            assertThat(thisNode.name()).isEqualTo("河北省教育资源公共服务平台");
            assertThat(thisNode.nameOf(thisNode.code())).isEqualTo("河北省教育资源公共服务平台");
            mvc.perform(get("/")).andExpect(content().string(Matchers.containsString("河北省教育资源公共服务平台")));
            mvc.perform(get("/federation/node")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("河北省教育资源公共服务平台"))
                    .andExpect(jsonPath("$.baseUrl").value("https://hebei.example.cn"))
                    .andExpect(jsonPath("$.keyId").value(before.keyId()));
        } finally {
            settings.update(admin, before.form());
        }
        assertThat(settings.view(admin)).isEqualTo(before);
    }

    /** Set in the store directly: the rule that fixes the code once joined is not what this is about. */
    @Test
    void aNewCodeIsTheOriginOfWhatIsContributedAfterIt() {
        Identity before = identity.current();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        TreeNode lesson = resources.lesson("2", "14");
        try {
            identity.update("130000-x", before.name(), before.level(), before.regionCode(), before.baseUrl());
            assertThat(resources.aResource(teacher).at(lesson).build().origin()).isEqualTo("130000-x");
            assertThat(thisNode.code()).isEqualTo("130000-x");
        } finally {
            identity.update(before.code(), before.name(), before.level(), before.regionCode(), before.baseUrl());
        }
        assertThat(resources.aResource(teacher).at(lesson).build().origin()).isEqualTo(before.code());
    }

    @Test
    void theRulesOfAnIdentity() {
        Actor admin = fixtures.platformAdmin();
        NodeView node = settings.view(admin);
        assertThatThrownBy(() -> settings.update(admin, new NodeForm(null, "x", NodeLevel.COUNTY, "130000",
                node.baseUrl()))).hasMessage("node.region.level");
        assertThatThrownBy(() -> settings.update(admin, new NodeForm(null, "x", NodeLevel.PROVINCE, "999999",
                node.baseUrl()))).hasMessage("node.region.unknown");
        assertThatThrownBy(() -> settings.update(admin, new NodeForm(null, "x", NodeLevel.PROVINCE, "130000",
                "ftp://x.example"))).hasMessage("node.baseUrl.invalid");
        assertThatThrownBy(() -> settings.update(admin, new NodeForm(null, "x", NodeLevel.PROVINCE, "130000",
                "https://x.example/?a=1"))).hasMessage("node.baseUrl.invalid");
        assertThatThrownBy(() -> settings.update(admin, new NodeForm("a b", "x", NodeLevel.PROVINCE, "130000",
                node.baseUrl()))).hasMessage("node.code.invalid");
        assertThatThrownBy(() -> settings.update(admin, new NodeForm(null, "x", null, "130000", node.baseUrl())))
                .hasMessage("node.level.required");
        assertThatThrownBy(() -> settings.update(fixtures.actor(fixtures.aPerson().teacher().build()), node.form()))
                .hasMessage("error.forbidden");
        assertThat(settings.view(admin)).isEqualTo(node);
    }

    @Test
    void theCodeIsFixedOnceANodeHasJoined() {
        Actor admin = fixtures.platformAdmin();
        IssuedToken token = tokens.issue(admin, new TokenForm("长安区节点", NodeLevel.COUNTY, "130102", null));
        admissions.admit(new JoinRequest(token.token(), ChildNode.county().descriptor()));
        NodeView node = settings.view(admin);
        assertThat(node.codeFixed()).isTrue();
        assertThatThrownBy(() -> settings.update(admin, new NodeForm("130000", node.name(), node.level(),
                node.regionCode(), node.baseUrl()))).hasMessage("node.code.fixed");
    }

    @Test
    void overJsonARefusalIsAProblemInTheUsersLanguage() throws Exception {
        Person admin = logins.platformAdmin();
        mvc.perform(get("/api/v1/node").with(as(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("000000"));
        mvc.perform(put("/api/v1/node").with(as(admin)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"level\":\"CITY\",\"regionCode\":\"130000\",\"baseUrl\":\"https://x.example\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("河北省 is not a region of the level a City node stands in."));
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        mvc.perform(get("/api/v1/node").with(as(teacher))).andExpect(status().isForbidden());
    }
}
