package org.renrentong.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.renrentong.taxonomy.TreePlace;
import org.renrentong.shared.Bookkeeping;
import org.renrentong.search.UseCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The resource rows with their keywords, places and files per version. */
@Repository
class ResourceRepository {

    static final String SELECT = """
            SELECT r.*, p.name AS owner_name FROM resource r LEFT JOIN identity_v_person p ON p.id = r.owner_id
            """;

    private final JdbcClient jdbc;

    ResourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A resource row as stored; places and files are read apart. A harvested one has no owner (ownerId 0). */
    record Row(long id, String title, String description, ResourceType type, Set<Audience> audiences,
               String language, Licence licence, String author, long ownerId, String ownerName, Long schoolId,
               String organisation, String regionPath, String origin, ResourceVisibility visibility,
               ReviewStatus status, int version, String flaggedWords, String rejectReason, Instant createdAt,
               Instant updatedAt, Instant publishedAt, long downloads, long favourites, long ratingCount,
               long ratingSum, String originIdentifier, String originName, String originUrl) {
    }

    /** Who contributed: the owner, the organisation, where it sits, and the node of origin. */
    record Contributor(long ownerId, Long schoolId, String organisation, String regionPath, String origin) {
    }

    long insert(ResourceForm f, Contributor c, String flagged) {
        long id = jdbc.sql("""
                INSERT INTO resource (title, description, type, audiences, language, licence, author, owner_id,
                    school_id, organisation, region_path, origin, visibility, status, flagged_words)
                VALUES (:title, :description, :type, :audiences, :language, :licence, :author, :owner, :school,
                    :organisation, :path, :origin, :visibility, 'DRAFT', :flagged) RETURNING id""")
                .params(metadata(f, flagged)).param("owner", c.ownerId()).param("school", c.schoolId())
                .param("organisation", c.organisation()).param("path", c.regionPath()).param("origin", c.origin())
                .query(Long.class).single();
        insertVersion(id, 1, c.ownerId());
        return id;
    }

    void updateMetadata(long id, ResourceForm f, String flagged, int version, ReviewStatus status) {
        jdbc.sql("""
                UPDATE resource SET title = :title, description = :description, type = :type,
                    audiences = :audiences, language = :language, licence = :licence, author = :author,
                    visibility = :visibility, flagged_words = :flagged, version = :version, status = :status,
                    updated_at = now() WHERE id = :id""")
                .params(metadata(f, flagged)).param("version", version).param("status", status.name())
                .param("id", id).update();
    }

    void insertVersion(long id, int version, long personId) {
        jdbc.sql("INSERT INTO resource_version (resource_id, version, created_by) VALUES (?, ?, ?)")
                .params(id, version, personId).update();
    }

    void replaceKeywords(long id, List<String> keywords) {
        jdbc.sql("DELETE FROM resource_keyword WHERE resource_id = ?").param(id).update();
        for (int i = 0; i < keywords.size(); i++) {
            jdbc.sql("INSERT INTO resource_keyword (resource_id, position, keyword) VALUES (?, ?, ?)")
                    .params(id, i, keywords.get(i)).update();
        }
    }

    void replacePlaces(long id, List<TreePlace> places) {
        jdbc.sql("DELETE FROM resource_place WHERE resource_id = ?").param(id).update();
        for (int i = 0; i < places.size(); i++) {
            jdbc.sql("INSERT INTO resource_place (resource_id, node_id, position, subject_code) VALUES (?, ?, ?, ?)")
                    .params(id, places.get(i).nodeId(), i, places.get(i).subjectCode()).update();
        }
    }

    void insertFile(long id, int version, long fileId, FileRole role, int position) {
        jdbc.sql("INSERT INTO resource_file (resource_id, version, file_id, role, position) VALUES (?, ?, ?, ?, ?)")
                .params(id, version, fileId, role.name(), position).update();
    }

    void deleteFiles(long id, int version) {
        jdbc.sql("DELETE FROM resource_file WHERE resource_id = ? AND version = ?").params(id, version).update();
    }

    boolean fileInOtherVersion(long id, int version, long fileId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM resource_file WHERE resource_id = ? AND version <> ? AND file_id = ?)")
                .params(id, version, fileId).query(Boolean.class).single();
    }

    /** The stored-file ids and roles of one version, in order. */
    List<FileRef> files(long id, int version) {
        return jdbc.sql("SELECT file_id, role FROM resource_file WHERE resource_id = ? AND version = ? ORDER BY position")
                .params(id, version).query((rs, n) -> new FileRef(rs.getLong(1), FileRole.valueOf(rs.getString(2))))
                .list();
    }

    record FileRef(long fileId, FileRole role) {
    }

    List<String> keywords(long id) {
        return jdbc.sql("SELECT keyword FROM resource_keyword WHERE resource_id = ? ORDER BY position").param(id)
                .query(String.class).list();
    }

    List<Long> places(long id) {
        return jdbc.sql("SELECT node_id FROM resource_place WHERE resource_id = ? ORDER BY position").param(id)
                .query(Long.class).list();
    }

    /** The use counts and mean ratings of those of these resources that are published, in one query. */
    List<UseCounts> useCounts(Collection<Long> ids) {
        return jdbc.sql("""
                SELECT id, download_count + favourite_count AS uses, rating_count, rating_sum FROM resource
                WHERE id = ANY(?) AND status = 'PUBLISHED'""")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> new UseCounts(rs.getLong("id"), rs.getLong("uses"),
                        ResourceReader.meanRating(rs.getLong("rating_count"), rs.getLong("rating_sum")))).list();
    }

    /** Published resources with any use, by id after {@code after}: the counts the index is brought up to at start. */
    List<Long> usedIds(long after, int limit) {
        return jdbc.sql("""
                SELECT id FROM resource WHERE id > ? AND status = 'PUBLISHED'
                  AND download_count + favourite_count + rating_count > 0 ORDER BY id LIMIT ?""")
                .params(after, limit).query(Long.class).list();
    }

    /** The rows of these resources (those that exist), in one query. */
    List<Row> findAll(Collection<Long> ids) {
        return jdbc.sql(SELECT + " WHERE r.id = ANY(?)").param(ids.toArray(Long[]::new))
                .query(ResourceRepository::row).list();
    }

    /** The keywords of these resources in order, by resource, in one query. */
    java.util.Map<Long, List<String>> keywords(Collection<Long> ids) {
        java.util.Map<Long, List<String>> found = new java.util.HashMap<>();
        jdbc.sql("SELECT resource_id, keyword FROM resource_keyword WHERE resource_id = ANY(?) ORDER BY resource_id, position")
                .param(ids.toArray(Long[]::new)).query(rs -> {
                    found.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return found;
    }

    /** The tree nodes these resources are placed at in order, by resource, in one query. */
    java.util.Map<Long, List<Long>> places(Collection<Long> ids) {
        java.util.Map<Long, List<Long>> found = new java.util.HashMap<>();
        jdbc.sql("SELECT resource_id, node_id FROM resource_place WHERE resource_id = ANY(?) ORDER BY resource_id, position")
                .param(ids.toArray(Long[]::new)).query(rs -> {
                    found.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
                });
        return found;
    }

    /** The files of the current versions of these resources in order, by resource, in one query. */
    java.util.Map<Long, List<FileRef>> currentFiles(Collection<Long> ids) {
        java.util.Map<Long, List<FileRef>> found = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT f.resource_id, f.file_id, f.role FROM resource_file f
                JOIN resource r ON r.id = f.resource_id AND r.version = f.version
                WHERE f.resource_id = ANY(?) ORDER BY f.resource_id, f.position""")
                .param(ids.toArray(Long[]::new)).query(rs -> {
                    found.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(new FileRef(rs.getLong(2), FileRole.valueOf(rs.getString(3))));
                });
        return found;
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(ResourceRepository::row).optional();
    }

    void status(long id, ReviewStatus status, String reason) {
        jdbc.sql("""
                UPDATE resource SET status = ?, reject_reason = ?, updated_at = now(),
                    published_at = CASE WHEN ? = 'PUBLISHED' THEN now() ELSE published_at END WHERE id = ?""")
                .params(status.name(), reason, status.name(), id).update();
    }

    void transition(long id, int version, ReviewStatus from, ReviewStatus to, long actorId, String reason) {
        jdbc.sql("""
                INSERT INTO resource_transition (resource_id, version, from_status, to_status, actor_id, reason)
                VALUES (?, ?, ?, ?, ?, ?)""").params(id, version, from.name(), to.name(), actorId, reason).update();
    }

    List<Reviews.Transition> transitions(long id) {
        return jdbc.sql("""
                SELECT t.version, t.from_status, t.to_status, p.name, t.reason, t.at FROM resource_transition t
                JOIN identity_v_person p ON p.id = t.actor_id WHERE t.resource_id = ? ORDER BY t.id""").param(id)
                .query((rs, n) -> new Reviews.Transition(rs.getInt(1), ReviewStatus.valueOf(rs.getString(2)),
                        ReviewStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant())).list();
    }

    /** A download counted: a tally, nobody's act to audit. */
    @Bookkeeping
    void counted(long id) {
        jdbc.sql("UPDATE resource SET download_count = download_count + 1 WHERE id = ?").param(id).update();
    }

    /** Rows by a where-clause of this class's callers (never user text), newest first. */
    List<Row> where(String condition, Object... params) {
        return jdbc.sql(SELECT + " WHERE " + condition).params(Arrays.asList(params)).query(ResourceRepository::row)
                .list();
    }

    private static java.util.Map<String, Object> metadata(ResourceForm f, String flagged) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("title", f.title());
        p.put("description", f.description() == null ? "" : f.description());
        p.put("type", f.type().name());
        p.put("audiences", f.audiences().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        p.put("language", f.language());
        p.put("licence", f.licence().name());
        p.put("author", f.author());
        p.put("visibility", f.visibility().name());
        p.put("flagged", flagged);
        return p;
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (String a : rs.getString("audiences").split(",")) {
            audiences.add(Audience.valueOf(a));
        }
        return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                ResourceType.valueOf(rs.getString("type")), audiences, rs.getString("language"),
                Licence.valueOf(rs.getString("licence")), rs.getString("author"), rs.getLong("owner_id"),
                rs.getString("owner_name"), (Long) rs.getObject("school_id"), rs.getString("organisation"),
                rs.getString("region_path"), rs.getString("origin"),
                ResourceVisibility.valueOf(rs.getString("visibility")), ReviewStatus.valueOf(rs.getString("status")),
                rs.getInt("version"), rs.getString("flagged_words"), rs.getString("reject_reason"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("published_at")), rs.getLong("download_count"),
                rs.getLong("favourite_count"), rs.getLong("rating_count"), rs.getLong("rating_sum"),
                rs.getString("origin_identifier"), rs.getString("origin_name"), rs.getString("origin_url"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
