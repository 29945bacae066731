package org.renrentong.space;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Posts and their images (a row names the stored file it shows). Deleting a post is soft: the row stays, readers
 * no longer see it.
 */
@Repository
class PostRepository {

    private static final String VIEW = """
            SELECT p.id, p.space_id, p.kind, p.author_id, a.name AS author_name, p.body, p.created_at,
                   p.shared_resource_id,
                   ARRAY(SELECT i.id FROM post_image i WHERE i.post_id = p.id ORDER BY i.id) AS image_ids
            FROM post p JOIN identity_v_person a ON a.id = p.author_id
            """;

    private final JdbcClient jdbc;

    PostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PostRow(long id, long spaceId, long authorId) {
    }

    /** An image of a live post; {@code fileId} is null while its bytes still wait for the carry-over. */
    record ImageRow(long spaceId, Long fileId) {
    }

    /** An image whose bytes are still in this table, with the author who posted it. */
    record UnmovedImage(long id, long authorId, byte[] bytes) {
    }

    long insert(long spaceId, long authorId, PostKind kind, String body) {
        return jdbc.sql("INSERT INTO post (space_id, author_id, kind, body) VALUES (?,?,?,?) RETURNING id")
                .params(spaceId, authorId, kind.name(), body).query(Long.class).single();
    }

    void markShare(long postId, long resourceId) {
        jdbc.sql("UPDATE post SET shared_resource_id = ? WHERE id = ?").params(resourceId, postId).update();
    }

    void insertImage(long postId, String contentType, long fileId) {
        jdbc.sql("INSERT INTO post_image (post_id, content_type, file_id) VALUES (?,?,?)")
                .params(postId, contentType, fileId).update();
    }

    /** Forgets the images of a post; the stored files they showed, to release. */
    List<Long> deleteImages(long postId) {
        return jdbc.sql("DELETE FROM post_image WHERE post_id = ? RETURNING file_id").param(postId)
                .query((rs, n) -> rs.getObject(1, Long.class)).list().stream()
                .filter(Objects::nonNull).toList();
    }

    /** Newest first, strictly before the given id (keyset), served by the (space_id, kind, id DESC) index. */
    List<PostView> page(long spaceId, PostKind kind, long beforeId, int limit) {
        return jdbc.sql(VIEW + """
                 WHERE p.space_id = ? AND p.kind = ? AND p.deleted_at IS NULL AND p.id < ?
                 ORDER BY p.id DESC LIMIT ?""")
                .params(spaceId, kind.name(), beforeId, limit).query(this::map).list();
    }

    long count(long spaceId, PostKind kind) {
        return jdbc.sql("SELECT count(*) FROM post WHERE space_id = ? AND kind = ? AND deleted_at IS NULL")
                .params(spaceId, kind.name()).query(Long.class).single();
    }

    /** The newest notices and posts together, in one round trip for the home page. */
    List<PostView> firstPages(long spaceId, int notices, int posts) {
        return jdbc.sql("(" + VIEW + " WHERE p.space_id = :space AND p.kind = 'NOTICE' AND p.deleted_at IS NULL"
                        + " ORDER BY p.id DESC LIMIT :notices) UNION ALL (" + VIEW
                        + " WHERE p.space_id = :space AND p.kind = 'POST' AND p.deleted_at IS NULL"
                        + " ORDER BY p.id DESC LIMIT :posts)")
                .param("space", spaceId).param("notices", notices).param("posts", posts)
                .query(this::map).list();
    }

    /** How many notices and posts a space has: {notices, posts}. */
    long[] counts(long spaceId) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE kind = 'NOTICE'), count(*) FILTER (WHERE kind = 'POST')
                FROM post WHERE space_id = ? AND deleted_at IS NULL """)
                .param(spaceId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    Optional<PostView> view(long postId) {
        return jdbc.sql(VIEW + " WHERE p.id = ?").param(postId).query(this::map).optional();
    }

    Optional<PostRow> live(long postId) {
        return jdbc.sql("SELECT id, space_id, author_id FROM post WHERE id = ? AND deleted_at IS NULL").param(postId)
                .query((rs, n) -> new PostRow(rs.getLong(1), rs.getLong(2), rs.getLong(3))).optional();
    }

    void softDelete(long postId) {
        jdbc.sql("UPDATE post SET deleted_at = now() WHERE id = ? AND deleted_at IS NULL").param(postId).update();
    }

    Optional<ImageRow> image(long imageId) {
        return jdbc.sql("""
                SELECT p.space_id, i.file_id FROM post_image i JOIN post p ON p.id = i.post_id
                WHERE i.id = ? AND p.deleted_at IS NULL""").param(imageId)
                .query((rs, n) -> new ImageRow(rs.getLong(1), rs.getObject(2, Long.class))).optional();
    }

    /** Images of deleted posts never moved into storage: nobody reads them, they go. */
    int deleteUnmovedOfDeletedPosts() {
        return jdbc.sql("""
                DELETE FROM post_image i USING post p
                WHERE p.id = i.post_id AND i.file_id IS NULL AND p.deleted_at IS NOT NULL""").update();
    }

    /** The next ids of images still holding their bytes, in id order after {@code afterId}. */
    List<Long> unmovedIds(long afterId, int limit) {
        return jdbc.sql("SELECT id FROM post_image WHERE file_id IS NULL AND id > ? ORDER BY id LIMIT ?")
                .params(afterId, limit).query(Long.class).list();
    }

    /** The image with its bytes, locked; empty when another node has moved it meanwhile. */
    Optional<UnmovedImage> lockUnmoved(long imageId) {
        return jdbc.sql("""
                SELECT i.id, p.author_id, i.bytes FROM post_image i JOIN post p ON p.id = i.post_id
                WHERE i.id = ? AND i.file_id IS NULL FOR UPDATE OF i SKIP LOCKED""").param(imageId)
                .query((rs, n) -> new UnmovedImage(rs.getLong(1), rs.getLong(2), rs.getBytes(3))).optional();
    }

    void moved(long imageId, long fileId) {
        jdbc.sql("UPDATE post_image SET file_id = ?, bytes = NULL WHERE id = ?").params(fileId, imageId).update();
    }

    private PostView map(ResultSet rs, int n) throws SQLException {
        Array images = rs.getArray("image_ids");
        List<Long> imageIds = images == null ? List.of() : Arrays.asList((Long[]) images.getArray());
        return new PostView(rs.getLong("id"), rs.getLong("space_id"), PostKind.valueOf(rs.getString("kind")),
                rs.getLong("author_id"), rs.getString("author_name"), rs.getString("body"),
                SpaceRepository.instant(rs, "created_at"), List.copyOf(imageIds),
                rs.getObject("shared_resource_id", Long.class));
    }
}
