package org.renrentong.identity;

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
                SELECT p.id, p.account, COALESCE(p.password_hash, s.password_hash) AS hash, p.enabled,
                       p.credential_stamp, p.must_change_password
                FROM person p LEFT JOIN initial_secret s ON s.id = p.initial_secret_id
                WHERE p.account = :login OR p.phone = :login
                ORDER BY (p.account = :login) DESC LIMIT 1""")
                .param("login", login)
                .query((rs, n) -> new AccountPrincipal(rs.getLong("id"), rs.getString("account"), rs.getString("hash"),
                        rs.getBoolean("enabled"), rs.getLong("credential_stamp"),
                        rs.getBoolean("must_change_password")))
                .optional();
    }

    long credentialStamp(long personId) {
        return jdbc.sql("SELECT credential_stamp FROM person WHERE id = ?").param(personId).query(Long.class)
                .optional().orElse(-1L);
    }

    boolean mustChangePassword(long personId) {
        return jdbc.sql("SELECT must_change_password FROM person WHERE id = ?").param(personId)
                .query(Boolean.class).single();
    }

    /** Sets a new password and raises the credential stamp, which ends the sessions signed in before. */
    long setPassword(long personId, String hash) {
        return jdbc.sql("""
                UPDATE person SET password_hash = ?, initial_secret_id = NULL, must_change_password = FALSE,
                    credential_stamp = credential_stamp + 1, updated_at = now() WHERE id = ?
                RETURNING credential_stamp""").params(hash, personId).query(Long.class).single();
    }

    /**
     * An administrator's reset: a fresh own password, to be changed at the next sign-in; the stamp is raised, so the
     * person's sessions end.
     */
    void resetPassword(long personId, String hash) {
        jdbc.sql("""
                UPDATE person SET password_hash = ?, initial_secret_id = NULL, must_change_password = TRUE,
                    credential_stamp = credential_stamp + 1, updated_at = now() WHERE id = ?""")
                .params(hash, personId).update();
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
}
