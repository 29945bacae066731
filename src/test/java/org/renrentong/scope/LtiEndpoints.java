package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import org.renrentong.testing.Fixtures;

/**
 * LTI 1.3 tools: registered and listed by the platform administrator alone; a class's tools are launched by its
 * teachers and students only (not its students' guardians, not administrators). Every signed-in person may load a
 * class's tools card (it is empty for those who cannot launch). The authorization endpoint is the protocol's: the
 * tool's browser redirect reaches it from any caller, and it answers with the protocol's error itself. Placing a
 * tool's content (deep linking) starts from the class's teachers only.
 */
final class LtiEndpoints extends Declarations {

    LtiEndpoints(MatrixWorld w) {
        super(w);
        String clientId = "matrix-lti-" + Fixtures.unique();
        // the tool's login initiation is named apart from the node's sign-in page ("/login"), which means refusal here
        long tool = w.jdbc.sql("""
                INSERT INTO lti_tool (name, client_id, deployment_id, login_url, target_link_uri, deep_linking_url,
                                      jwks_url, created_by)
                VALUES ('矩阵工具', ?, '1', 'https://tool.example/initiate', 'https://tool.example/launch',
                        'https://tool.example/pick', 'https://tool.example/keys', ?) RETURNING id""")
                .params(clientId, w.platform.personId())
                .query(Long.class).single();

        // the LTI side of the provider's app: read by it and administrators, described by the provider alone
        w.jdbc.sql("""
                INSERT INTO lti_tool (name, client_id, deployment_id, login_url, target_link_uri, jwks_url, app_id,
                                      created_by)
                VALUES ('矩阵应用的工具', ?, ?, 'https://tool.example/initiate', 'https://tool.example/launch',
                        'https://tool.example/keys', ?, ?)""")
                .params("lti-app-" + w.providerApp, "app-" + w.providerApp, w.providerApp, w.platform.personId())
                .update();
        String toolJson = """
                {"loginUrl":"https://tool.example/login","targetLinkUri":"https://tool.example/launch",
                 "jwksUrl":"https://tool.example/keys"}""";
        on("GET /provider/apps/{id}/lti").at("the provider's app", w.providerApp).allow(plus(ADMINS, PROVIDER));
        on("POST /provider/apps/{id}/lti").at("the provider's app", w.providerApp)
                .param("loginUrl", "https://tool.example/login").param("targetLinkUri", "https://tool.example/launch")
                .param("jwksUrl", "https://tool.example/keys").allow(only(PROVIDER));
        on("GET /api/v1/apps/{id}/lti").at("the provider's app", w.providerApp).allow(plus(ADMINS, PROVIDER));
        on("PUT /api/v1/apps/{id}/lti").at("the provider's app", w.providerApp).json(c -> toolJson)
                .allow(only(PROVIDER));

        on("GET /admin/lti-tools").allow(only(PLATFORM));
        on("POST /admin/lti-tools").param("name", "登记的工具").param("clientId", c -> "matrix-page-" + c.n())
                .param("deploymentId", "1").param("loginUrl", "https://tool.example/login")
                .param("targetLinkUri", "https://tool.example/launch").param("jwksUrl", "https://tool.example/keys")
                .allow(only(PLATFORM));
        on("GET /api/v1/lti/tools").allow(only(PLATFORM));
        on("POST /api/v1/lti/tools").json(c -> """
                {"name":"登记的工具","clientId":"matrix-api-%d","deploymentId":"1",
                 "loginUrl":"https://tool.example/login","targetLinkUri":"https://tool.example/launch",
                 "jwksUrl":"https://tool.example/keys"}""".formatted(c.n())).allow(only(PLATFORM));

        // the tool's deep-linking answer proves itself by signatures, whoever's browser brings it: a forged one is
        // refused with a page for everyone
        on("POST /lti/deep-links/return").param("JWT", "not-a-signed-answer").accepting(400).allow(EVERYONE);
        on("GET /lti/classes/{classId}/placed").at("class A1", w.classA1.id()).param("count", "1")
                .allow(only(TEACHER));
        // the tool's service calls prove themselves by the tool's signature, then a bearer token: people get 401
        on("POST /lti/token").param("grant_type", "client_credentials").allow(NOBODY).forSignedNodesOnly();
        on("GET /lti/classes/{classId}/memberships").at("class A1", w.classA1.id()).allow(NOBODY)
                .forSignedNodesOnly();
        on("GET /lti/classes/{classId}/tools").at("class A1", w.classA1.id()).allow(SIGNED_IN);
        on("GET /lti/launch").at("class A1").param("tool", tool).param("class", w.classA1.id())
                .allow(only(TEACHER, STUDENT, CLASSMATE));
        on("GET /lti/launch").at("picking content for class A1").param("tool", tool)
                .param("class", w.classA1.id()).param("pick", "true").allow(only(TEACHER));
        for (String method : new String[] {"GET", "POST"}) {
            on(method + " /lti/authorize").param("client_id", clientId)
                    .param("redirect_uri", "https://tool.example/launch").param("response_type", "id_token")
                    .param("response_mode", "form_post").param("scope", "openid").param("nonce", "n")
                    .param("login_hint", "someone").param("lti_message_hint", "class:" + w.classA1.id())
                    .allow(EVERYONE);
        }
    }
}
