package org.renrentong.apps;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pseudonymous id an app (or an LTI tool) knows a person by: stable for one app, different between apps, so two
 * apps cannot join what they know. A keyed hash, so nobody without the node's secret can tell the person from it.
 */
@Component
public class PairwiseSubjects implements InitializingBean {

    private final JdbcClient jdbc;
    private SecretKeySpec secret;

    PairwiseSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The node's secret, made by the first node to start on the database and read by every other. */
    @Override
    public void afterPropertiesSet() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("INSERT INTO pairwise_secret (id, secret) VALUES (1, ?) ON CONFLICT DO NOTHING").param(fresh)
                .update();
        byte[] kept = jdbc.sql("SELECT secret FROM pairwise_secret WHERE id = 1").query(byte[].class).single();
        secret = new SecretKeySpec(kept, "HmacSHA256");
    }

    /** base64url(HMAC-SHA256(node secret, client | person id)). */
    public String subject(String client, long personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] digest = mac.doFinal((client + "|" + personId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
