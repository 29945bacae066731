package org.renrentong.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code stored_file}, and the bytes each person and school keeps. */
@Repository
class FileRepository {

    static final String UNCLAIMED = "UNCLAIMED";
    static final String KEPT = "KEPT";
    private static final String COLUMNS = "id, sha256, size, media_type, name, owner_id, created_at";

    private final JdbcClient jdbc;

    FileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StoredFile insert(String sha256, long size, String mediaType, String name, long ownerId, Long schoolId,
                      String state, Long derivedFrom) {
        return jdbc.sql("""
                        INSERT INTO stored_file
                            (sha256, size, media_type, name, owner_id, school_id, state, derived_from)
                        VALUES (?,?,?,?,?,?,?,?)""" + " RETURNING " + COLUMNS)
                .params(sha256, size, mediaType, name, ownerId, schoolId, state, derivedFrom)
                .query(FileRepository::map).single();
    }

    Optional<StoredFile> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stored_file WHERE id = ?").param(id)
                .query(FileRepository::map).optional();
    }

    List<StoredFile> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM stored_file WHERE id = ANY(?)")
                .param(ids.toArray(Long[]::new)).query(FileRepository::map).list();
    }

    void keep(long id) {
        jdbc.sql("UPDATE stored_file SET state = 'KEPT' WHERE id = ?").param(id).update();
    }

    /** The files made from this one (preview, thumbnail). */
    List<StoredFile> derivedFrom(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stored_file WHERE derived_from = ?").param(id)
                .query(FileRepository::map).list();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM stored_file WHERE id = ?").param(id).update();
    }

    /** Bytes a person holds: their own files (not previews) and the uploads they have begun. */
    long usedByPerson(long ownerId) {
        return used("owner_id", ownerId);
    }

    /** Bytes the people of a school hold, counted like {@link #usedByPerson}. */
    long usedBySchool(long schoolId) {
        return used("school_id", schoolId);
    }

    private long used(String column, long id) {
        return jdbc.sql("SELECT (SELECT COALESCE(SUM(size), 0) FROM stored_file WHERE " + column
                        + " = :id AND derived_from IS NULL) + (SELECT COALESCE(SUM(size), 0) FROM upload WHERE "
                        + column + " = :id AND state <> 'COMPLETED')")
                .param("id", id).query(Long.class).single();
    }

    private static StoredFile map(ResultSet rs, int n) throws SQLException {
        return new StoredFile(rs.getLong("id"), rs.getString("sha256"), rs.getLong("size"), rs.getString("media_type"),
                rs.getString("name"), rs.getLong("owner_id"), rs.getTimestamp("created_at").toInstant());
    }
}
