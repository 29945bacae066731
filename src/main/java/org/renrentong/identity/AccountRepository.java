package org.renrentong.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Credentials and sign-in state of accounts. */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Looks an account up by account name or phone; the effective hash is the own one or the batch's initial one. */
    Optional<AccountPrincipal> findForLogin(String login) {
        return jdbc.sql("""
                SELECT p.id, p.account, COALESCE(p.password_hash, s.password_hash) AS hash, p.enabled, p.locked_until,
                       p.must_change_password
                FROM person p LEFT JOIN initial_secret s ON s.id = p.initial_secret_id
                WHERE p.account = :login OR p.phone = :login
                ORDER BY (p.account = :login) DESC LIMIT 1""")
                .param("login", login)
                .query((rs, n) -> new AccountPrincipal(rs.getLong("id"), rs.getString("account"), rs.getString("hash"),
                        rs.getBoolean("enabled"), toInstant(rs.getTimestamp("locked_until")),
                        rs.getBoolean("must_change_password")))
                .optional();
    }

    /**
     * Where a person belongs, for the audit of their sign-ins: the school (or region) of their first anchored role,
     * a guardian their child's. Unknown logins and unanchored people belong nowhere (platform scope only).
     */
    record Scope(String regionPath, Long schoolId) {

        static final Scope NONE = new Scope(null, null);
    }

    Scope scopeOf(long personId) {
        return jdbc.sql("""
                SELECT COALESCE(s.region_path, r.path) AS path, g.school_id
                FROM role_grant g LEFT JOIN school s ON s.id = g.school_id LEFT JOIN region r ON r.code = g.region_code
                WHERE g.person_id = :id OR g.person_id IN (SELECT student_id FROM guardianship WHERE guardian_id = :id)
                ORDER BY COALESCE(s.region_path, r.path) IS NULL, g.person_id = :id DESC, g.school_id IS NULL, g.id
                LIMIT 1""")
                .param("id", personId)
                .query((rs, n) -> new Scope(rs.getString("path"), (Long) rs.getObject("school_id", Long.class)))
                .optional().orElse(Scope.NONE);
    }

    Scope scopeOfLogin(String login) {
        return findForLogin(login).map(p -> scopeOf(p.personId())).orElse(Scope.NONE);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for the given minutes. True when locked. */
    boolean recordFailure(String login, int maxFailures, int lockMinutes) {
        return jdbc.sql("""
                UPDATE person SET failed_logins = failed_logins + 1,
                    locked_until = CASE WHEN failed_logins + 1 >= :max
                                        THEN now() + make_interval(mins => :mins) ELSE locked_until END
                WHERE account = :login OR phone = :login
                RETURNING locked_until IS NOT NULL AND locked_until > now()""")
                .param("max", maxFailures).param("mins", lockMinutes).param("login", login)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Clears the failure count after a successful sign-in; writes only when there is something to clear. */
    void recordSuccess(long personId) {
        jdbc.sql("UPDATE person SET failed_logins = 0, locked_until = NULL WHERE id = ? "
                        + "AND (failed_logins > 0 OR locked_until IS NOT NULL)").param(personId).update();
    }

    boolean isLocked(String login) {
        return jdbc.sql("SELECT count(*) FROM person WHERE (account = :login OR phone = :login) "
                        + "AND locked_until > now()")
                .param("login", login).query(Long.class).single() > 0;
    }

    boolean mustChangePassword(long personId) {
        return jdbc.sql("SELECT must_change_password FROM person WHERE id = ?").param(personId)
                .query(Boolean.class).single();
    }

    void setPassword(long personId, String hash) {
        jdbc.sql("""
                UPDATE person SET password_hash = ?, initial_secret_id = NULL, must_change_password = FALSE,
                    updated_at = now() WHERE id = ?""").params(hash, personId).update();
    }

    void unlock(long personId) {
        jdbc.sql("UPDATE person SET failed_logins = 0, locked_until = NULL WHERE id = ?").param(personId).update();
    }

    String currentHash(long personId) {
        return jdbc.sql("""
                SELECT COALESCE(p.password_hash, s.password_hash) FROM person p
                LEFT JOIN initial_secret s ON s.id = p.initial_secret_id WHERE p.id = ?""")
                .param(personId).query(String.class).single();
    }

    long createInitialSecret(String hash) {
        return jdbc.sql("INSERT INTO initial_secret (password_hash) VALUES (?) RETURNING id").param(hash)
                .query(Long.class).single();
    }

    private static Instant toInstant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
