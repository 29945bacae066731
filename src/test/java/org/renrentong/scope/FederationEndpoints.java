package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * This node in the federation. Its identity, its parent, children and join tokens are the platform administrator's
 * alone. Other nodes fetch the descriptor and join with a token without signing in (each allowed join gets a token
 * and a child of its own); the signed "who am I to you" answers joined nodes only, so every person gets 401. The
 * identity is "changed" to what it is, since all tests share it; joining a parent is tried against an address where
 * nothing listens, which the service refuses as a business matter.
 */
final class FederationEndpoints extends Declarations {

    static final Set<Caller> ONLY_PLATFORM = EnumSet.of(PLATFORM);
    private static final String NOWHERE = "http://127.0.0.1:1";

    FederationEndpoints(MatrixWorld w) {
        super(w);
        String spareChild = freshChild();
        long spareToken = freshToken("spare-" + System.nanoTime()).id();

        on("GET /federation/node").allow(EVERYONE);
        on("POST /federation/join").json(c -> joinRequest(c.n())).allow(EVERYONE);
        on("GET /federation/peer").allow(NOBODY).forSignedNodesOnly();

        on("GET /api/v1/node").allow(ONLY_PLATFORM);
        on("PUT /api/v1/node").json(c -> currentIdentity()).allow(ONLY_PLATFORM);
        on("GET /api/v1/federation/parent").allow(ONLY_PLATFORM).accepting(404);
        on("POST /api/v1/federation/parent").json(c -> "{\"baseUrl\":\"" + NOWHERE + "\",\"token\":\"x\"}")
                .allow(ONLY_PLATFORM).accepting(400);
        on("GET /api/v1/federation/children").allow(ONLY_PLATFORM);
        on("POST /api/v1/federation/children/{code}/suspension").at("a child", c -> c.fresh(this::freshChild,
                spareChild)).allow(ONLY_PLATFORM);
        on("DELETE /api/v1/federation/children/{code}/suspension").at("a child", c -> c.fresh(this::freshChild,
                spareChild)).allow(ONLY_PLATFORM);
        on("DELETE /api/v1/federation/children/{code}").at("a child", c -> c.fresh(this::freshChild, spareChild))
                .allow(ONLY_PLATFORM);
        on("GET /api/v1/federation/join-tokens").allow(ONLY_PLATFORM);
        on("POST /api/v1/federation/join-tokens")
                .json(c -> "{\"name\":\"长安区节点\",\"level\":\"COUNTY\",\"regionCode\":\"" + MatrixWorld.COUNTY_A
                        + "\"}").allow(ONLY_PLATFORM);
        on("DELETE /api/v1/federation/join-tokens/{id}").at("an unused token",
                c -> c.fresh(() -> freshToken("t" + c.n()).id(), spareToken)).allow(ONLY_PLATFORM);

        on("GET /admin/node").allow(ONLY_PLATFORM);
        on("POST /admin/node").param("code", c -> identity("code")).param("name", c -> identity("name"))
                .param("level", c -> identity("level")).param("regionCode", c -> identity("region_code"))
                .param("baseUrl", c -> identity("base_url")).allow(ONLY_PLATFORM);
        on("GET /admin/federation").allow(ONLY_PLATFORM);
        on("POST /admin/federation/parent").param("baseUrl", NOWHERE).param("token", "x").allow(ONLY_PLATFORM);
        on("POST /admin/federation/tokens").param("name", "长安区节点").param("level", "COUNTY")
                .param("regionCode", MatrixWorld.COUNTY_A).param("validHours", "24").allow(ONLY_PLATFORM);
        on("POST /admin/federation/tokens/{id}/revoke").at("an unused token",
                c -> c.fresh(() -> freshToken("t" + c.n()).id(), spareToken)).allow(ONLY_PLATFORM);
        on("POST /admin/federation/children/{code}/suspend").at("a child", c -> c.fresh(this::freshChild,
                spareChild)).allow(ONLY_PLATFORM);
        on("POST /admin/federation/children/{code}/resume").at("a child", c -> c.fresh(this::freshChild,
                spareChild)).allow(ONLY_PLATFORM);
        on("POST /admin/federation/children/{code}/remove").at("a child", c -> c.fresh(this::freshChild,
                spareChild)).allow(ONLY_PLATFORM);
    }

    private record Token(long id, String secret) {
    }

    /** A join token for a county child in county A, stored as the node stores one (its SHA-256). */
    private Token freshToken(String secret) {
        long id = w.jdbc.sql("""
                INSERT INTO node_join_token (token_hash, child_name, child_level, child_region_code, issued_by, expires_at)
                VALUES (?, '长安区节点', 'COUNTY', ?, 0, ?) RETURNING id""")
                .params(sha256(secret), MatrixWorld.COUNTY_A,
                        java.sql.Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)))
                .query(Long.class).single();
        return new Token(id, secret);
    }

    /** A child that joined: its code. */
    private String freshChild() {
        String code = "m" + System.nanoTime();
        byte[] key = newPublicKey();
        w.jdbc.sql("""
                INSERT INTO node_peer (code, relation, name, level, region_code, base_url, key_id, public_key)
                VALUES (?, 'CHILD', '长安区节点', 'COUNTY', ?, 'http://127.0.0.1:1', 'k', ?)""")
                .params(code, MatrixWorld.COUNTY_A, key).update();
        return code;
    }

    private String joinRequest(long n) {
        String secret = "join-" + n + "-" + System.nanoTime();
        freshToken(secret);
        return """
                {"token":"%s","child":{"code":"j%d","name":"长安区节点","level":"COUNTY","regionCode":"%s",
                 "baseUrl":"http://127.0.0.1:1","publicKey":"%s","keyId":"k"}}"""
                .formatted(secret, System.nanoTime(), MatrixWorld.COUNTY_A,
                        Base64.getEncoder().encodeToString(newPublicKey()));
    }

    private String currentIdentity() {
        return "{\"code\":" + quoted(identity("code")) + ",\"name\":" + quoted(identity("name")) + ",\"level\":"
                + quoted(identity("level")) + ",\"regionCode\":" + quoted(identity("region_code")) + ",\"baseUrl\":"
                + quoted(identity("base_url")) + "}";
    }

    private String identity(String column) {
        return w.jdbc.sql("SELECT " + column + " FROM node_identity").query(String.class).single();
    }

    private static byte[] newPublicKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
