package org.renrentong.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Credentials and sign-in state of accounts. */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;
    private final Places places;

    AccountRepository(JdbcClient jdbc, Places places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    /** Looks an account up by account name or phone; the effective hash is the own one or the batch's initial one. */
    Optional<AccountPrincipal> findForLogin(String login) {
        return jdbc.sql(PRINCIPAL + """
                WHERE p.account = :login OR p.phone = :login
                ORDER BY (p.account = :login) DESC LIMIT 1""")
                .param("login", login).query(AccountRepository::principal).optional();
    }

    /** The account of a person, for a sign-in that another node vouched for. */
    Optional<AccountPrincipal> byPersonId(long personId) {
        return jdbc.sql(PRINCIPAL + " WHERE p.id = :id").param("id", personId).query(AccountRepository::principal)
                .optional();
    }

    private static final String PRINCIPAL = """
            SELECT p.id, p.account, COALESCE(p.password_hash, s.password_hash) AS hash, p.enabled,
                   p.credential_stamp, p.must_change_password
            FROM person p LEFT JOIN initial_secret s ON s.id = p.initial_secret_id
            """;

    private static AccountPrincipal principal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AccountPrincipal(rs.getLong("id"), rs.getString("account"), rs.getString("hash"),
                rs.getBoolean("enabled"), rs.getLong("credential_stamp"), rs.getBoolean("must_change_password"));
    }

    /**
     * Where a person belongs, for the audit of their sign-ins: the school (or region) of their first anchored role,
     * a guardian their child's. Unknown logins and unanchored people belong nowhere (platform scope only).
     */
    record Scope(String regionPath, Long schoolId) {

        static final Scope NONE = new Scope(null, null);
    }

    Scope scopeOf(long personId) {
        record Anchor(Long schoolId, String regionCode) {
        }
        List<Anchor> anchors = jdbc.sql("""
                SELECT g.school_id, g.region_code FROM role_grant g
                WHERE g.person_id = :id OR g.person_id IN (SELECT student_id FROM guardianship WHERE guardian_id = :id)
                ORDER BY g.person_id = :id DESC, g.school_id IS NULL, g.id""")
                .param("id", personId)
                .query((rs, n) -> new Anchor((Long) rs.getObject(1, Long.class), rs.getString(2))).list();
        Map<Long, SchoolPlaces.School> schools = places.schools(anchors.stream().map(Anchor::schoolId).toList());
        Map<String, RegionPlaces.Region> regions = places.regions(anchors.stream().map(Anchor::regionCode).toList());
        for (Anchor anchor : anchors) {
            SchoolPlaces.School school = schools.get(anchor.schoolId());
            RegionPlaces.Region region = regions.get(anchor.regionCode());
            if (school != null || region != null) {
                return new Scope(school != null ? school.regionPath() : region.path(), anchor.schoolId());
            }
        }
        return Scope.NONE;
    }

    Scope scopeOfLogin(String login) {
        return findForLogin(login).map(p -> scopeOf(p.personId())).orElse(Scope.NONE);
    }

    long credentialStamp(long personId) {
        return jdbc.sql("SELECT credential_stamp FROM person WHERE id = ?").param(personId).query(Long.class)
                .optional().orElse(-1L);
    }

    /** Raises the credential stamp alone: every session of the person signed in before ends at its next request. */
    void raiseCredentialStamp(long personId) {
        jdbc.sql("UPDATE person SET credential_stamp = credential_stamp + 1 WHERE id = ?").param(personId).update();
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
