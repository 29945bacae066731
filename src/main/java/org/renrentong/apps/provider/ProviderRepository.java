package org.renrentong.apps.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProviderRepository {

    private static final String COLUMNS = """
            SELECT id, organisation_id, name, credit_code, icp_filing, security_level, security_certificate,
                   region_code, contact_name, contact_phone, status, refusal_reason, registered_at, vetted_at
            FROM app_provider""";

    private final JdbcClient jdbc;

    ProviderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean creditCodeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM app_provider WHERE credit_code = ?").param(code).query(Long.class)
                .single() > 0;
    }

    long insert(long organisationId, String name, String creditCode, String icpFiling, int level, String certificate,
                String regionCode, String contactName, String contactPhone) {
        return jdbc.sql("""
                INSERT INTO app_provider (organisation_id, name, credit_code, icp_filing, security_level,
                    security_certificate, region_code, contact_name, contact_phone, status)
                VALUES (?,?,?,?,?,?,?,?,?,'PENDING') RETURNING id""")
                .params(organisationId, name, creditCode, icpFiling, level, certificate, regionCode, contactName,
                        contactPhone).query(Long.class).single();
    }

    Optional<Provider> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(ProviderRepository::map).optional();
    }

    Optional<Provider> ofOrganisation(long organisationId) {
        return jdbc.sql(COLUMNS + " WHERE organisation_id = ?").param(organisationId).query(ProviderRepository::map)
                .optional();
    }

    /** Pending ones first (oldest first, as they wait), then the rest, newest first; bounded. */
    List<Provider> list(int limit) {
        return jdbc.sql(COLUMNS + " ORDER BY status <> 'PENDING', CASE WHEN status = 'PENDING' THEN id ELSE -id END"
                        + " LIMIT ?").param(limit).query(ProviderRepository::map).list();
    }

    boolean creditCodeTakenByAnother(String code, long id) {
        return jdbc.sql("SELECT count(*) FROM app_provider WHERE credit_code = ? AND id <> ?").params(code, id)
                .query(Long.class).single() > 0;
    }

    /** A refused registration, corrected: waiting again; false when it was not refused (any more). */
    boolean resubmit(long id, ProviderRules.Checked c) {
        return jdbc.sql("""
                UPDATE app_provider SET name = ?, credit_code = ?, icp_filing = ?, security_level = ?,
                    security_certificate = ?, region_code = ?, status = 'PENDING',
                    refusal_reason = NULL, vetted_at = NULL
                WHERE id = ? AND status = 'REFUSED'""")
                .params(c.name(), c.creditCode(), c.icpFiling(), c.level(), c.certificate(), c.region().code(),
                        id).update() == 1;
    }

    /** Decides a pending registration; false when it was decided already. */
    boolean vet(long id, ProviderStatus status, String reason) {
        return jdbc.sql("UPDATE app_provider SET status = ?, refusal_reason = ?, vetted_at = now() "
                        + "WHERE id = ? AND status = 'PENDING'").params(status.name(), reason, id).update() == 1;
    }

    private static Provider map(ResultSet rs, int n) throws SQLException {
        Timestamp vetted = rs.getTimestamp("vetted_at");
        return new Provider(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
                rs.getString("credit_code"), rs.getString("icp_filing"), rs.getInt("security_level"),
                rs.getString("security_certificate"), rs.getString("region_code"), rs.getString("contact_name"),
                rs.getString("contact_phone"), ProviderStatus.valueOf(rs.getString("status")),
                rs.getString("refusal_reason"), rs.getTimestamp("registered_at").toInstant(),
                vetted == null ? null : vetted.toInstant());
    }
}
