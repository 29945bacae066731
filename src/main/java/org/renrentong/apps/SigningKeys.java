package org.renrentong.apps;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.renrentong.identity.IdCardVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA keys that sign tokens (RS256, which every OpenID Connect client accepts). The newest key signs; older ones
 * stay published in the JWK set until the tokens they signed have expired, then they are retired. A new key is made
 * every {@code renrentong.oidc.key-rotation}; every node of one database reads the same keys.
 */
@Component
class SigningKeys {

    /** The transaction lock for making a key ("signkeys"), so two nodes starting at once make one. */
    private static final long LOCK = 0x7369676e6b657973L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final IdCardVault vault;
    private final Duration rotation;
    private final Duration kept;
    private volatile List<RSAKey> keys = List.of();

    SigningKeys(JdbcClient jdbc, TransactionTemplate transactions, IdCardVault vault,
                @Value("${renrentong.oidc.key-rotation:P30D}") Duration rotation,
                @Value("${renrentong.oidc.key-kept-after-rotation:P1D}") Duration kept) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.vault = vault;
        this.rotation = rotation;
        this.kept = kept;
    }

    /** The key that signs now. */
    RSAKey current() {
        if (keys.isEmpty()) {
            refresh();
        }
        return keys.get(0);
    }

    /** Every key still published, newest first. */
    JWKSet published() {
        if (keys.isEmpty()) {
            refresh();
        }
        return new JWKSet(List.<JWK>copyOf(keys));
    }

    /** Makes a new key when the newest is older than the rotation period, retires old ones, reloads. */
    @Scheduled(fixedDelayString = "${renrentong.oidc.key-check:PT1M}")
    synchronized void refresh() {
        transactions.executeWithoutResult(tx -> rotate());
        keys = jdbc.sql("SELECT kid, public_key, private_key FROM signing_key WHERE retired_at IS NULL"
                        + " ORDER BY created_at DESC")
                .query((rs, n) -> key(rs.getString(1), rs.getBytes(2), rs.getBytes(3))).list();
    }

    private void rotate() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query().listOfRows();
        boolean due = jdbc.sql("""
                SELECT NOT EXISTS (SELECT 1 FROM signing_key WHERE retired_at IS NULL
                                   AND created_at > now() - CAST(? AS interval))""")
                .param(rotation.toSeconds() + " seconds").query(Boolean.class).single();
        if (due) {
            make();
        }
        jdbc.sql("""
                UPDATE signing_key SET retired_at = now() WHERE retired_at IS NULL
                  AND created_at < (SELECT max(created_at) FROM signing_key) - CAST(? AS interval)""")
                .param(kept.toSeconds() + " seconds").update();
    }

    private void make() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            byte[] sealed = vault.encrypt(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            jdbc.sql("INSERT INTO signing_key (kid, public_key, private_key) VALUES (?, ?, ?)")
                    .params(UUID.randomUUID().toString(), pair.getPublic().getEncoded(), sealed).update();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private RSAKey key(String kid, byte[] publicKey, byte[] sealedPrivate) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            var pub = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey));
            var priv = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(vault.decrypt(sealedPrivate))));
            return new RSAKey.Builder(pub).privateKey(priv).keyID(kid).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Cannot read signing key " + kid, e);
        }
    }
}
