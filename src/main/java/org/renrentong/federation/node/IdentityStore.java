package org.renrentong.federation.node;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.renrentong.federation.NodeLevel;
import org.renrentong.identity.IdCardVault;
import org.renrentong.shared.ThisNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one row of this node's identity. Until the first start has stored it, the configured defaults stand in. Reads
 * are kept a few seconds, since every page names the node: an edit here shows at once, one on another instance
 * behind the same balancer within that time. The private key is sealed at rest with the vault of ID-card numbers
 * (AES-256-GCM under the node's data key) and opened once.
 */
@Component
class IdentityStore implements ThisNode.Register {

    private static final Duration KEEP = Duration.ofSeconds(5);

    private record Kept(Identity identity, Instant until) {
    }

    private final JdbcClient jdbc;
    private final IdCardVault vault;
    private final ThisNode.Identity defaults;
    private volatile Kept kept;
    private volatile PrivateKey signingKey;

    IdentityStore(JdbcClient jdbc, IdCardVault vault, @Value("${renrentong.node.code}") String code,
                  @Value("${renrentong.node.name:}") String name, @Value("${renrentong.node.level:NATIONAL}") String level,
                  @Value("${renrentong.node.region:000000}") String region) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.defaults = new ThisNode.Identity(code.trim(), name.trim(), level.trim(), region.trim());
    }

    @Override
    public ThisNode.Identity identity() {
        return stored().map(i -> new ThisNode.Identity(i.code(), i.name(), i.level().name(), i.regionCode()))
                .orElse(defaults);
    }

    boolean isStored() {
        return stored().isPresent();
    }

    ThisNode.Identity defaults() {
        return defaults;
    }

    /** The stored identity; there is always one once the node has started. */
    Identity current() {
        return stored().orElseThrow(() -> new IllegalStateException("the node's identity is not stored yet"));
    }

    private Optional<Identity> stored() {
        Kept k = kept;
        if (k != null && Instant.now().isBefore(k.until())) {
            return Optional.of(k.identity());
        }
        Optional<Identity> read = jdbc.sql("""
                SELECT code, name, level, region_code, base_url, key_id, public_key FROM node_identity WHERE id = 1""")
                .query((rs, n) -> new Identity(rs.getString("code"), rs.getString("name"),
                        NodeLevel.valueOf(rs.getString("level")), rs.getString("region_code"), rs.getString("base_url"),
                        rs.getString("key_id"), rs.getBytes("public_key"))).optional();
        read.ifPresent(i -> kept = new Kept(i, Instant.now().plus(KEEP)));
        return read;
    }

    /** Stores the first identity with a new key pair, unless another instance was quicker. */
    void createIfAbsent(String code, String name, NodeLevel level, String regionCode, String baseUrl) {
        KeyPair keys = NodeKeys.generate();
        byte[] publicKey = keys.getPublic().getEncoded();
        byte[] sealed = vault.encrypt(Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        jdbc.sql("""
                INSERT INTO node_identity (id, code, name, level, region_code, base_url, key_id, public_key, private_key)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(code, name, level.name(), regionCode, baseUrl, NodeKeys.keyId(publicKey), publicKey, sealed)
                .update();
        kept = null;
    }

    void update(String code, String name, NodeLevel level, String regionCode, String baseUrl) {
        jdbc.sql("""
                UPDATE node_identity SET code = ?, name = ?, level = ?, region_code = ?, base_url = ?, updated_at = now()
                WHERE id = 1""").params(code, name, level.name(), regionCode, baseUrl).update();
        kept = null;
    }

    /** The private signing key, opened from its sealed form on first use. */
    PrivateKey signingKey() {
        PrivateKey key = signingKey;
        if (key == null) {
            byte[] sealed = jdbc.sql("SELECT private_key FROM node_identity WHERE id = 1").query(byte[].class).single();
            key = NodeKeys.privateKey(Base64.getDecoder().decode(vault.decrypt(sealed)));
            signingKey = key;
        }
        return key;
    }
}
