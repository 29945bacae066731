package org.renrentong.apps.lti;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The messages a tool signs for one use — a client assertion (by its jti), a deep-linking answer (by its nonce) —
 * are taken once: each is kept until it expires (and the clock skew the check allows), so a replay is refused.
 */
@Component
class SeenAssertions {

    /** The skew the signature check allows past a message's expiry. */
    private static final Duration SKEW = Duration.ofSeconds(60);
    private static final int MAX_ID = 300;

    private final JdbcClient jdbc;

    SeenAssertions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the message; false when the tool sent it before. */
    boolean firstSeen(LtiTool tool, String kind, String id, Date expires) {
        String key = kind + ":" + id;
        Instant until = (expires == null ? Instant.now() : expires.toInstant()).plus(SKEW);
        return jdbc.sql("""
                INSERT INTO lti_seen_assertion (tool_id, token_id, keep_until) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(tool.id(), key.length() > MAX_ID ? key.substring(0, MAX_ID) : key,
                        java.sql.Timestamp.from(until))
                .update() == 1;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void forgetExpired() {
        jdbc.sql("DELETE FROM lti_seen_assertion WHERE keep_until < now()").update();
    }
}
