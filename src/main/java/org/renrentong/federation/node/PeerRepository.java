package org.renrentong.federation.node;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.renrentong.federation.NodeLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The joined nodes. */
@Repository
class PeerRepository {

    private static final String COLUMNS = """
            SELECT id, code, relation, name, level, region_code, base_url, key_id, public_key, state, joined_at,
                   last_contact_at FROM node_peer""";

    private final JdbcClient jdbc;

    PeerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NodePeer> children() {
        return jdbc.sql(COLUMNS + " WHERE relation = 'CHILD' ORDER BY joined_at DESC, id DESC").query(this::row).list();
    }

    Optional<NodePeer> parent() {
        return jdbc.sql(COLUMNS + " WHERE relation = 'PARENT'").query(this::row).optional();
    }

    Optional<NodePeer> byCode(String code) {
        return jdbc.sql(COLUMNS + " WHERE code = ?").param(code).query(this::row).optional();
    }

    boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM node_peer)").query(Boolean.class).single();
    }

    long insert(NodePeer.Relation relation, Descriptor node, byte[] publicKey) {
        return jdbc.sql("""
                INSERT INTO node_peer (code, relation, name, level, region_code, base_url, key_id, public_key,
                                       last_contact_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, now()) RETURNING id""")
                .params(node.code(), relation.name(), node.name(), node.level().name(), node.regionCode(),
                        node.baseUrl(), node.keyId(), publicKey)
                .query(Long.class).single();
    }

    int setChildState(String code, NodePeer.State state) {
        return jdbc.sql("UPDATE node_peer SET state = ? WHERE code = ? AND relation = 'CHILD'")
                .params(state.name(), code).update();
    }

    int deleteChild(String code) {
        return jdbc.sql("DELETE FROM node_peer WHERE code = ? AND relation = 'CHILD'").param(code).update();
    }

    /** A signed request of the node checked out: at most one write a minute per node, however busy it is. */
    void contacted(long id) {
        jdbc.sql("""
                UPDATE node_peer SET last_contact_at = now()
                WHERE id = ? AND (last_contact_at IS NULL OR last_contact_at < now() - interval '1 minute')""")
                .param(id).update();
    }

    private NodePeer row(ResultSet rs, int n) throws SQLException {
        Timestamp contact = rs.getTimestamp("last_contact_at");
        return new NodePeer(rs.getLong("id"), rs.getString("code"), NodePeer.Relation.valueOf(rs.getString("relation")),
                rs.getString("name"), NodeLevel.valueOf(rs.getString("level")), rs.getString("region_code"),
                rs.getString("base_url"), rs.getString("key_id"), rs.getBytes("public_key"),
                NodePeer.State.valueOf(rs.getString("state")), rs.getTimestamp("joined_at").toInstant(),
                contact == null ? null : contact.toInstant());
    }
}
