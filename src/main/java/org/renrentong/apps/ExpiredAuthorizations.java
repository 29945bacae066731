package org.renrentong.apps;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes authorizations whose every code and token has expired (after a grace period), so the table holds what can
 * still be used and not every sign-in ever made; what was issued stays in the audit log.
 */
@Component
class ExpiredAuthorizations {

    private final JdbcClient jdbc;
    private final Duration grace;

    ExpiredAuthorizations(JdbcClient jdbc, @Value("${renrentong.oidc.expired-kept:P1D}") Duration grace) {
        this.jdbc = jdbc;
        this.grace = grace;
    }

    /** @return how many were deleted */
    @Scheduled(fixedDelayString = "${renrentong.oidc.cleanup-interval:PT1H}", initialDelayString = "PT5M")
    int delete() {
        return jdbc.sql("""
                DELETE FROM oauth2_authorization
                WHERE greatest(authorization_code_expires_at, access_token_expires_at, refresh_token_expires_at)
                      < now() - CAST(? AS interval)""").param(grace.toSeconds() + " seconds").update();
    }
}
