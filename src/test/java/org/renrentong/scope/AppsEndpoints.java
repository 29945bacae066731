package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

/**
 * Single sign-on into apps: everyone signed in may be asked for consent by an app (the protocol's own endpoints are
 * filters, checked by the protocol's tests); a visitor is sent to sign in first. A joined node's sign-out notice
 * answers signed nodes only, so every person gets 401. Everyone signed in may link their account at a joined node.
 */
final class AppsEndpoints extends Declarations {

    AppsEndpoints(MatrixWorld w) {
        super(w);
        on("GET /oauth2/consent").param("client_id", w.appClientId).param("scope", "openid profile")
                .param("state", "matrix").allow(SIGNED_IN);
        on("POST /federation/sign-out").param("subject", "matrix").allow(NOBODY).forSignedNodesOnly();

        String node = joinedNode();
        on("GET /account/nodes").allow(SIGNED_IN);
        on("POST /account/nodes/{code}").at("a joined node", node).allow(SIGNED_IN);
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
