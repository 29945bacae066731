package org.renrentong.taxonomy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TreeRepository {

    private static final String NODE = """
            SELECT id, parent_id, level, code, name, position, retired_at IS NOT NULL AS retired, publisher, path
            FROM textbook_node""";
    private static final String ORDER = " ORDER BY position, id";
    /** The key of the advisory lock that serialises writes to the tree ("textbook" in ASCII). */
    private static final long WRITE_LOCK = 0x74657874626f6f6bL;

    private final JdbcClient jdbc;

    TreeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits for the tree's write lock, held until the transaction ends. Every change checks what is there and then
     * writes; under the lock a concurrent import or edit sees the other's committed nodes instead of running into
     * the unique sibling-code index.
     */
    void lockForWriting() {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(WRITE_LOCK).query(Integer.class).single();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM textbook_node").query(Long.class).single();
    }

    Optional<NodeRow> find(long id) {
        return jdbc.sql(NODE + " WHERE id = ?").param(id).query(TreeRepository::map).optional();
    }

    List<NodeRow> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(NODE + " WHERE id IN (:ids)").param("ids", ids).query(TreeRepository::map).list();
    }

    List<NodeRow> children(Long parentId) {
        if (parentId == null) {
            return jdbc.sql(NODE + " WHERE parent_id IS NULL" + ORDER).query(TreeRepository::map).list();
        }
        return jdbc.sql(NODE + " WHERE parent_id = ?" + ORDER).param(parentId).query(TreeRepository::map).list();
    }

    Optional<NodeRow> child(Long parentId, String code) {
        return jdbc.sql(NODE + " WHERE COALESCE(parent_id, 0) = ? AND code = ?")
                .params(parentId == null ? 0L : parentId, code).query(TreeRepository::map).optional();
    }

    /** The nodes with one of these codes under one of these parents (0 for the stages): a superset to pick from. */
    List<NodeRow> children(Collection<Long> parentIds, Collection<String> codes) {
        return jdbc.sql(NODE + " WHERE COALESCE(parent_id, 0) = ANY(?) AND code = ANY(?)")
                .params(parentIds.toArray(Long[]::new), codes.toArray(String[]::new)).query(TreeRepository::map).list();
    }

    /** The node and everything below it, parents before children and siblings in order. */
    List<NodeRow> subtree(String path) {
        return jdbc.sql(NODE + " WHERE path LIKE ? ORDER BY length(path) - length(replace(path, '/', '')), position, id")
                .param(path + "%").query(TreeRepository::map).list();
    }

    /** Nodes of one level that are in use, distinct by code, for facet labels. */
    List<NodeRow> distinctByCode(NodeLevel level) {
        return jdbc.sql("SELECT * FROM (SELECT DISTINCT ON (code) id, parent_id, level, code, name, position, "
                        + "retired_at IS NOT NULL AS retired, publisher, path FROM textbook_node "
                        + "WHERE level = ? AND retired_at IS NULL ORDER BY code, id) d ORDER BY code")
                .param(level.name()).query(TreeRepository::map).list();
    }

    long insert(Long parentId, String parentPath, NodeLevel level, String code, String name, String publisher) {
        long id = jdbc.sql("""
                        INSERT INTO textbook_node (parent_id, level, code, name, publisher, position, path)
                        VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(max(position), -1) + 1 FROM textbook_node
                                                WHERE COALESCE(parent_id, 0) = ?), '') RETURNING id""")
                .params(parentId, level.name(), code, name, publisher, parentId == null ? 0L : parentId)
                .query(Long.class).single();
        jdbc.sql("UPDATE textbook_node SET path = ? WHERE id = ?").params(parentPath + id + "/", id).update();
        return id;
    }

    void update(long id, String name, String publisher) {
        jdbc.sql("UPDATE textbook_node SET name = ?, publisher = ? WHERE id = ?").params(name, publisher, id).update();
    }

    void position(long id, int position) {
        jdbc.sql("UPDATE textbook_node SET position = ? WHERE id = ?").params(position, id).update();
    }

    /** Hangs a subtree under a new parent: its root's parent changes and every path below is rewritten. */
    void move(NodeRow node, Long newParentId, String newParentPath) {
        String newPath = newParentPath + node.id() + "/";
        jdbc.sql("""
                        UPDATE textbook_node SET parent_id = ?, position = (SELECT COALESCE(max(position), -1) + 1
                            FROM textbook_node WHERE COALESCE(parent_id, 0) = ?) WHERE id = ?""")
                .params(newParentId, newParentId == null ? 0L : newParentId, node.id()).update();
        jdbc.sql("UPDATE textbook_node SET path = ? || substr(path, ?) WHERE path LIKE ?")
                .params(newPath, node.path().length() + 1, node.path() + "%").update();
    }

    /** Retires a node and everything below it that is still in use. */
    int retire(String path) {
        return jdbc.sql("UPDATE textbook_node SET retired_at = now() WHERE path LIKE ? AND retired_at IS NULL")
                .param(path + "%").update();
    }

    void setRetired(long id, boolean retired) {
        jdbc.sql("UPDATE textbook_node SET retired_at = CASE WHEN ? THEN COALESCE(retired_at, now()) END WHERE id = ?")
                .params(retired, id).update();
    }

    private static NodeRow map(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        TreeNode node = new TreeNode(rs.getLong("id"), rs.wasNull() ? null : parent,
                NodeLevel.valueOf(rs.getString("level")), rs.getString("code"), rs.getString("name"),
                rs.getInt("position"), rs.getBoolean("retired"));
        return new NodeRow(node, rs.getString("publisher"), rs.getString("path"));
    }
}
