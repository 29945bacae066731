package org.renrentong.apps.guardian;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The apps of one child (asked a guardian, or given tokens), and taking an app's access away. */
@Repository
class ChildAppsRepository {

    private final JdbcClient jdbc;

    ChildAppsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ChildApp> ofChild(long childId) {
        return jdbc.sql("""
                SELECT c.client_id, c.client_name, g.status, g.asked_scopes, g.granted_scopes, g.asked_at,
                       r.scopes AS released, r.first_at
                FROM oauth2_registered_client c
                LEFT JOIN guardian_consent g ON g.registered_client_id = c.id AND g.student_id = ?
                LEFT JOIN app_release r ON r.registered_client_id = c.id AND r.person_id = ?
                WHERE g.student_id IS NOT NULL OR r.person_id IS NOT NULL
                ORDER BY greatest(g.asked_at, r.first_at) DESC, c.client_name""")
                .params(childId, childId).query((rs, n) -> {
                    Timestamp first = rs.getTimestamp("first_at");
                    Timestamp asked = rs.getTimestamp("asked_at");
                    String status = rs.getString("status");
                    return new ChildApp(rs.getString("client_id"), rs.getString("client_name"),
                            status == null ? ConsentStatus.NONE : ConsentStatus.valueOf(status),
                            List.copyOf(GuardianConsentRepository.split(rs.getString("asked_scopes"))),
                            List.copyOf(GuardianConsentRepository.split(rs.getString("granted_scopes"))),
                            List.copyOf(GuardianConsentRepository.split(rs.getString("released"))),
                            first == null ? null : first.toInstant(), asked == null ? null : asked.toInstant());
                }).list();
    }

    Optional<String> name(long personId) {
        return jdbc.sql("SELECT name FROM identity_v_person WHERE id = ?").param(personId).query(String.class)
                .optional();
    }

    Optional<String> account(long personId) {
        return jdbc.sql("SELECT account FROM identity_v_person WHERE id = ?").param(personId).query(String.class)
                .optional();
    }

    Long schoolOf(long personId) {
        return jdbc.sql("SELECT school_id FROM identity_v_person WHERE id = ?").param(personId)
                .query((rs, n) -> (Long) rs.getObject("school_id", Long.class)).optional().orElse(null);
    }

    /** Every authorization (codes, access and refresh tokens) and consent of the person for the app: gone. */
    void revoke(String clientRegId, String account) {
        jdbc.sql("DELETE FROM oauth2_authorization WHERE registered_client_id = ? AND principal_name = ?")
                .params(clientRegId, account).update();
        jdbc.sql("DELETE FROM oauth2_authorization_consent WHERE registered_client_id = ? AND principal_name = ?")
                .params(clientRegId, account).update();
    }
}
