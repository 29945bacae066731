package org.renrentong.apps.guardian;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code guardian_consent}: per app (registered client) and child, what was asked and granted. */
@Repository
class GuardianConsentRepository {

    /** One app's consent for one child. */
    record Row(String clientRegId, long studentId, Set<String> asked, Set<String> granted, ConsentStatus status,
               Instant askedAt, Instant decidedAt) {
    }

    private final JdbcClient jdbc;

    GuardianConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(String clientRegId, long studentId) {
        return jdbc.sql("SELECT * FROM guardian_consent WHERE registered_client_id = ? AND student_id = ?")
                .params(clientRegId, studentId).query(GuardianConsentRepository::row).optional();
    }

    /** What a guardian granted (empty: nothing, or not yet). */
    Set<String> granted(String clientRegId, long studentId) {
        return find(clientRegId, studentId).map(Row::granted).orElse(Set.of());
    }

    /**
     * Asks a guardian for these scopes. One request per app and child: asking what was asked before changes
     * nothing; asking more adds it and waits for an answer again.
     *
     * @return whether guardians have something new to answer
     */
    boolean ask(String clientRegId, long studentId, Set<String> scopes) {
        jdbc.sql("""
                INSERT INTO guardian_consent (registered_client_id, student_id, asked_scopes, status)
                VALUES (?, ?, '', 'PENDING') ON CONFLICT DO NOTHING""").params(clientRegId, studentId).update();
        Row row = jdbc.sql("""
                SELECT * FROM guardian_consent WHERE registered_client_id = ? AND student_id = ? FOR UPDATE""")
                .params(clientRegId, studentId).query(GuardianConsentRepository::row).single();
        if (row.asked().containsAll(scopes)) {
            return false;
        }
        Set<String> asked = new TreeSet<>(row.asked());
        asked.addAll(scopes);
        jdbc.sql("""
                UPDATE guardian_consent SET asked_scopes = ?, status = 'PENDING', asked_at = now()
                WHERE registered_client_id = ? AND student_id = ?""")
                .params(join(asked), clientRegId, studentId).update();
        return true;
    }

    /** A guardian's answer: the scopes granted (none: refused). An app never asked gets a row of its own. */
    void decide(String clientRegId, long studentId, Set<String> granted, long guardianId) {
        jdbc.sql("""
                INSERT INTO guardian_consent (registered_client_id, student_id, asked_scopes, granted_scopes, status,
                                              decided_at, decided_by)
                VALUES (?, ?, '', ?, ?, now(), ?)
                ON CONFLICT (registered_client_id, student_id) DO UPDATE
                SET granted_scopes = excluded.granted_scopes, status = excluded.status, decided_at = now(),
                    decided_by = excluded.decided_by""")
                .params(clientRegId, studentId, join(granted),
                        (granted.isEmpty() ? ConsentStatus.REFUSED : ConsentStatus.GRANTED).name(), guardianId)
                .update();
    }

    List<Row> ofStudent(long studentId) {
        return jdbc.sql("SELECT * FROM guardian_consent WHERE student_id = ?").param(studentId)
                .query(GuardianConsentRepository::row).list();
    }

    static Set<String> split(String scopes) {
        return scopes == null || scopes.isBlank() ? Set.of()
                : Arrays.stream(scopes.trim().split("\\s+")).collect(Collectors.toCollection(TreeSet::new));
    }

    static String join(Collection<String> scopes) {
        return String.join(" ", new TreeSet<>(scopes));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Row(rs.getString("registered_client_id"), rs.getLong("student_id"),
                split(rs.getString("asked_scopes")), split(rs.getString("granted_scopes")),
                ConsentStatus.valueOf(rs.getString("status")), rs.getTimestamp("asked_at").toInstant(),
                decided == null ? null : decided.toInstant());
    }
}
