package org.renrentong.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted per (login as typed, client address), in the database so that every node sees them.
 * From the {@code max-failures}th failure on, that pair waits before its next try: 1, 2, 4, 8 … minutes, at most
 * {@code lock-minutes}. Unknown and existing accounts are treated alike, so the answer tells nothing about whether
 * an account exists; and a stranger's failures hold back only the stranger's address, never the account's owner
 * elsewhere. Failures are forgotten a day after the last one.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final int lockMinutes;

    SignInThrottle(JdbcClient jdbc, @Value("${renrentong.login.max-failures:5}") int maxFailures,
                   @Value("${renrentong.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
    }

    /** When the pair may try again, if it must still wait. */
    Optional<Instant> blockedUntil(String login, String address) {
        return jdbc.sql("""
                SELECT blocked_until FROM sign_in_throttle
                WHERE login = ? AND address = ? AND blocked_until > now()""")
                .params(key(login), key(address)).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /**
     * Counts a failure; from the threshold on the pair is blocked for a delay that doubles with each failure.
     * An existing account so held back is shown as locked to its administrators. Returns the end of the block.
     */
    Optional<Instant> recordFailure(String login, String address) {
        String key = key(login);
        Optional<Timestamp> until = jdbc.sql("""
                INSERT INTO sign_in_throttle AS t (login, address, failures) VALUES (:login, :address, 1)
                ON CONFLICT (login, address) DO UPDATE SET
                    failures = CASE WHEN t.last_failed_at < now() - interval '1 day' THEN 1 ELSE t.failures + 1 END,
                    last_failed_at = now()
                RETURNING CASE WHEN failures >= :max THEN now() + make_interval(mins =>
                    LEAST(:cap, power(2, LEAST(failures - :max, 20))::int)) END""")
                .param("login", key).param("address", key(address)).param("max", maxFailures)
                .param("cap", lockMinutes).query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1))).single();
        until.ifPresent(end -> {
            jdbc.sql("UPDATE sign_in_throttle SET blocked_until = ? WHERE login = ? AND address = ?")
                    .params(end, key, key(address)).update();
            jdbc.sql("""
                    UPDATE person SET locked_until = GREATEST(locked_until, :until)
                    WHERE account = :login OR phone = :login""").param("until", end).param("login", key).update();
        });
        return until.map(Timestamp::toInstant);
    }

    /** A successful sign-in forgets the failures of its own address only. */
    void succeeded(String login, String address) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE login = ? AND address = ?").params(key(login), key(address))
                .update();
    }

    /** An administrator's unlock lifts every block on the person's account name and phone, from every address. */
    void unlock(long personId) {
        jdbc.sql("""
                DELETE FROM sign_in_throttle WHERE login IN (
                    SELECT account FROM person WHERE id = :id UNION SELECT phone FROM person WHERE id = :id)""")
                .param("id", personId).update();
        jdbc.sql("UPDATE person SET locked_until = NULL WHERE id = ?").param(personId).update();
    }

    private static String key(String text) {
        String trimmed = text == null ? "" : text.trim();
        return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
    }
}
