package org.renrentong.federation.node;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.renrentong.federation.NodeLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The join tokens, by the SHA-256 of the token. */
@Repository
class TokenRepository {

    /** A token as the join checks it. */
    record Stored(long id, NodeLevel childLevel, String childRegionCode, Instant expiresAt, boolean used,
                  boolean revoked) {
    }

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(byte[] hash, String childName, NodeLevel level, String regionCode, long issuedBy, Instant expiresAt) {
        return jdbc.sql("""
                INSERT INTO node_join_token (token_hash, child_name, child_level, child_region_code, issued_by, expires_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(hash, childName, level.name(), regionCode, issuedBy, Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    List<JoinToken> unused() {
        return jdbc.sql("""
                SELECT id, child_name, child_level, child_region_code, issued_at, expires_at FROM node_join_token
                WHERE used_at IS NULL AND revoked_at IS NULL ORDER BY issued_at DESC, id DESC LIMIT 200""")
                .query(this::token).list();
    }

    Optional<JoinToken> unused(long id) {
        return jdbc.sql("""
                SELECT id, child_name, child_level, child_region_code, issued_at, expires_at FROM node_join_token
                WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL""").param(id).query(this::token).optional();
    }

    Optional<Stored> byHash(byte[] hash) {
        return jdbc.sql("""
                SELECT id, child_level, child_region_code, expires_at, used_at IS NOT NULL AS used,
                       revoked_at IS NOT NULL AS revoked
                FROM node_join_token WHERE token_hash = ?""").param(hash)
                .query((rs, n) -> new Stored(rs.getLong("id"), NodeLevel.valueOf(rs.getString("child_level")),
                        rs.getString("child_region_code"), rs.getTimestamp("expires_at").toInstant(),
                        rs.getBoolean("used"), rs.getBoolean("revoked"))).optional();
    }

    /** Marks the token used by the child, if it still may be: of two joins at once, one wins. */
    boolean use(long id, String childCode) {
        return jdbc.sql("""
                UPDATE node_join_token SET used_at = now(), used_by_code = ?
                WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()""")
                .params(childCode, id).update() == 1;
    }

    boolean revoke(long id) {
        return jdbc.sql("""
                UPDATE node_join_token SET revoked_at = now() WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL""")
                .param(id).update() == 1;
    }

    private JoinToken token(ResultSet rs, int n) throws SQLException {
        return new JoinToken(rs.getLong("id"), rs.getString("child_name"), NodeLevel.valueOf(rs.getString("child_level")),
                rs.getString("child_region_code"), rs.getTimestamp("issued_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant());
    }
}
