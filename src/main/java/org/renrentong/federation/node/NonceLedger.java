package org.renrentong.federation.node;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nonces of the signed requests seen within the time window, in the database, so that every instance behind a
 * balancer refuses a replay. Older ones are forgotten: a request that old is refused for its timestamp anyway.
 */
@Component
class NonceLedger {

    private final JdbcClient jdbc;

    NonceLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the nonce; false when the node used it before. */
    boolean firstSeen(String peerCode, String nonce) {
        return jdbc.sql("INSERT INTO node_request_nonce (peer_code, nonce) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(peerCode, nonce).update() == 1;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void forgetOld() {
        jdbc.sql("DELETE FROM node_request_nonce WHERE seen_at < now() - interval '15 minutes'").update();
    }
}
