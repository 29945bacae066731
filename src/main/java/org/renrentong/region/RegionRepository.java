package org.renrentong.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegionRepository {

    private static final String COLUMNS = "code, name, level, parent_code, path, retired_at, replaced_by";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RegionRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<Region> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM region WHERE code = ?").param(code).query(this::map).optional();
    }

    List<Region> children(String parentCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM region WHERE parent_code = ? ORDER BY retired_at NULLS FIRST, code")
                .param(parentCode).query(this::map).list();
    }

    List<Region> ancestors(String path) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM region WHERE ? LIKE path || '%' ORDER BY length(path)")
                .param(path).query(this::map).list();
    }

    List<Region> search(String text, String withinPath, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM region WHERE (name LIKE ? OR code LIKE ?) AND path LIKE ? "
                        + "ORDER BY retired_at NULLS FIRST, code LIMIT ?")
                .params("%" + literal(text) + "%", literal(text) + "%", withinPath + "%", limit)
                .query(this::map).list();
    }

    /** Escapes LIKE wildcards so that user text matches literally (backslash is PostgreSQL's default escape). */
    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM region").query(Long.class).single();
    }

    void insert(Region r) {
        jdbc.sql("INSERT INTO region (code, name, level, parent_code, path) VALUES (?,?,?,?,?)")
                .params(r.code(), r.name(), r.level().name(), r.parentCode(), r.path()).update();
    }

    void insertAll(List<Region> all) {
        batch.batchUpdate("INSERT INTO region (code, name, level, parent_code, path) VALUES (?,?,?,?,?)",
                all.stream().map(r -> new Object[] {r.code(), r.name(), r.level().name(), r.parentCode(), r.path()})
                        .toList());
    }

    void rename(String code, String name) {
        jdbc.sql("UPDATE region SET name = ? WHERE code = ?").params(name, code).update();
    }

    void retire(String code, String replacedBy) {
        jdbc.sql("UPDATE region SET retired_at = now(), replaced_by = ? WHERE code = ?").params(replacedBy, code)
                .update();
    }

    void recordChange(String code, String kind, String oldName, String newName, String replacedBy, Long by) {
        jdbc.sql("INSERT INTO region_change (code, kind, old_name, new_name, replaced_by, changed_by) "
                        + "VALUES (?,?,?,?,?,?)")
                .params(code, kind, oldName, newName, replacedBy, by).update();
    }

    List<RegionChange> history(String code) {
        return jdbc.sql("SELECT kind, old_name, new_name, replaced_by, changed_at FROM region_change "
                        + "WHERE code = ? ORDER BY changed_at, id")
                .param(code)
                .query((rs, n) -> new RegionChange(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    private Region map(ResultSet rs, int n) throws SQLException {
        Timestamp retired = rs.getTimestamp("retired_at");
        return new Region(rs.getString("code"), rs.getString("name"), Region.Level.valueOf(rs.getString("level")),
                rs.getString("parent_code"), rs.getString("path"), retired == null ? null : retired.toInstant(),
                rs.getString("replaced_by"));
    }
}
