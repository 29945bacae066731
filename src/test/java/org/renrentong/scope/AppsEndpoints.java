package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

/**
 * Single sign-on into apps: everyone signed in may be asked for consent by an app (the protocol's own endpoints are
 * filters, checked by the protocol's tests); a visitor is sent to sign in first. Students (under 14 without an
 * ID-card number) ask their guardians; a child's apps, consents and access record are their guardian's alone — not
 * the school's, not any administrator's. App usage figures are the administrators', each within their place. A joined
 * node's sign-out notice answers signed nodes only, so every person gets 401. Everyone signed in may link their
 * account at a joined node.
 */
final class AppsEndpoints extends Declarations {

    AppsEndpoints(MatrixWorld w) {
        super(w);
        on("GET /oauth2/consent").param("client_id", w.appClientId).param("scope", "openid profile")
                .param("state", "matrix").allow(SIGNED_IN);
        on("POST /oauth2/consent/guardian").param("client_id", w.appClientId).param("scope", "profile")
                .param("requested", "openid profile").param("state", "matrix")
                .allow(only(STUDENT, CLASSMATE, OTHER_STUDENT));

        long student = w.person(STUDENT).id();
        on("GET /children/{id}/apps").at("the student", student).allow(only(GUARDIAN));
        on("GET /api/v1/children/{id}/apps").at("the student", student).allow(only(GUARDIAN));
        on("GET /api/v1/children/{id}/apps/access").at("the student", student).allow(only(GUARDIAN));
        on("POST /children/{id}/apps/{app}/grant").at("an app the student asked for", c -> asked())
                .param("scope", "profile").allow(only(GUARDIAN));
        on("POST /api/v1/children/{id}/apps/{app}/grant").at("an app the student asked for", c -> asked())
                .json(c -> "{\"scopes\":[\"profile\"]}").allow(only(GUARDIAN));
        on("POST /children/{id}/apps/{app}/refuse").at("an app the student asked for", c -> asked())
                .allow(only(GUARDIAN));
        on("POST /api/v1/children/{id}/apps/{app}/refuse").at("an app the student asked for", c -> asked())
                .allow(only(GUARDIAN));

        String schoolA = String.valueOf(w.schoolA.id());
        for (String usage : new String[] {"GET /statistics/apps", "GET /statistics/apps.xlsx",
            "GET /api/v1/statistics/apps"}) {
            on(usage).at("own place").allow(ADMINS);
            on(usage).at("school A").param("school", schoolA).allow(MANAGE_A);
            on(usage).at("county A").param("region", MatrixWorld.COUNTY_A).allow(GOVERN_A);
        }

        on("POST /federation/sign-out").param("subject", "matrix").allow(NOBODY).forSignedNodesOnly();

        String node = joinedNode();
        on("GET /account/nodes").allow(SIGNED_IN);
        on("POST /account/nodes/{code}").at("a joined node", node).allow(SIGNED_IN);
    }

    /** The student asked the guardian to let the matrix's app have their name: the path to that app. */
    private Object[] asked() {
        long student = w.person(STUDENT).id();
        w.jdbc.sql("""
                INSERT INTO guardian_consent (registered_client_id, student_id, asked_scopes, status)
                SELECT id, ?, 'profile', 'PENDING' FROM oauth2_registered_client WHERE client_id = ?
                ON CONFLICT (registered_client_id, student_id) DO UPDATE SET asked_scopes = 'profile',
                    status = 'PENDING'""").params(student, w.appClientId).update();
        return new Object[] {student, w.appClientId};
    }

    /** A child that joined, whose account a person may go to link: its code. */
    private String joinedNode() {
        String code = "a" + System.nanoTime();
        try {
            byte[] key = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()
                    .getEncoded();
            w.jdbc.sql("""
                    INSERT INTO node_peer (code, relation, name, level, region_code, base_url, key_id, public_key)
                    VALUES (?, 'CHILD', '长安区节点', 'COUNTY', ?, 'http://127.0.0.1:1', 'k', ?)""")
                    .params(code, MatrixWorld.COUNTY_A, key).update();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return code;
    }
}
