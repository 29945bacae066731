package org.renrentong.resource;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Favourites, ratings and comments, and the counters kept on the resource row. */
@Repository
class UseRepository {

    private static final String COMMENTS = """
            SELECT c.id, c.resource_id, c.author_id, p.name, c.body, c.status, c.flagged_words, c.created_at
            FROM resource_comment c JOIN identity_v_person p ON p.id = c.author_id""";

    private final JdbcClient jdbc;

    UseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the favourite was new */
    boolean favour(long resourceId, long personId) {
        int added = jdbc.sql("INSERT INTO resource_favourite (resource_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(resourceId, personId).update();
        if (added > 0) {
            jdbc.sql("UPDATE resource SET favourite_count = favourite_count + 1 WHERE id = ?").param(resourceId).update();
        }
        return added > 0;
    }

    boolean unfavour(long resourceId, long personId) {
        int removed = jdbc.sql("DELETE FROM resource_favourite WHERE resource_id = ? AND person_id = ?")
                .params(resourceId, personId).update();
        if (removed > 0) {
            jdbc.sql("UPDATE resource SET favourite_count = favourite_count - 1 WHERE id = ?").param(resourceId).update();
        }
        return removed > 0;
    }

    boolean isFavourite(long resourceId, long personId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM resource_favourite WHERE resource_id = ? AND person_id = ?)")
                .params(resourceId, personId).query(Boolean.class).single();
    }

    List<Long> favourites(long personId) {
        return jdbc.sql("SELECT resource_id FROM resource_favourite WHERE person_id = ? ORDER BY created_at DESC LIMIT 200")
                .param(personId).query(Long.class).list();
    }

    /** One rating per person: a new one replaces the old, and the sum and count on the resource follow. */
    void rate(long resourceId, long personId, int stars) {
        Optional<Integer> old = jdbc.sql("SELECT stars FROM resource_rating WHERE resource_id = ? AND person_id = ? FOR UPDATE")
                .params(resourceId, personId).query(Integer.class).optional();
        if (old.isPresent()) {
            jdbc.sql("UPDATE resource_rating SET stars = ? WHERE resource_id = ? AND person_id = ?")
                    .params(stars, resourceId, personId).update();
            jdbc.sql("UPDATE resource SET rating_sum = rating_sum + ? WHERE id = ?")
                    .params(stars - old.get(), resourceId).update();
        } else {
            jdbc.sql("INSERT INTO resource_rating (resource_id, person_id, stars) VALUES (?, ?, ?)")
                    .params(resourceId, personId, stars).update();
            jdbc.sql("UPDATE resource SET rating_sum = rating_sum + ?, rating_count = rating_count + 1 WHERE id = ?")
                    .params(stars, resourceId).update();
        }
    }

    Optional<Integer> rating(long resourceId, long personId) {
        return jdbc.sql("SELECT stars FROM resource_rating WHERE resource_id = ? AND person_id = ?")
                .params(resourceId, personId).query(Integer.class).optional();
    }

    long insertComment(long resourceId, long authorId, String body, String flagged) {
        return jdbc.sql("""
                INSERT INTO resource_comment (resource_id, author_id, body, status, flagged_words)
                VALUES (?, ?, ?, 'PENDING', ?) RETURNING id""").params(resourceId, authorId, body, flagged)
                .query(Long.class).single();
    }

    void commentStatus(long id, Comment.Status status) {
        jdbc.sql("UPDATE resource_comment SET status = ? WHERE id = ?").params(status.name(), id).update();
    }

    Optional<Comment> comment(long id) {
        return jdbc.sql(COMMENTS + " WHERE c.id = ?").param(id).query(UseRepository::comment).optional();
    }

    /** All comments (moderators) or the approved ones plus the viewer's own. */
    List<Comment> comments(long resourceId, boolean all, long viewerId) {
        return jdbc.sql(COMMENTS + " WHERE c.resource_id = ? AND (? OR c.status = 'APPROVED' OR c.author_id = ?)"
                        + " ORDER BY c.id LIMIT 500")
                .params(resourceId, all, viewerId).query(UseRepository::comment).list();
    }

    private static Comment comment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String flagged = rs.getString(7);
        return new Comment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                Comment.Status.valueOf(rs.getString(6)), flagged == null ? List.of() : List.of(flagged.split(",")),
                rs.getTimestamp(8).toInstant());
    }
}
