package org.renrentong.space;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A class space's recent notices with one reader's read state and answer, in one statement. */
@Repository
class NoticeDigestRepository {

    /** How many notices a digest shows at most: the newest. */
    static final int LIMIT = 20;

    private final JdbcClient jdbc;

    NoticeDigestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A notice with its details and the reader's state; {@code addressed} and the excerpt are the caller's. */
    record Row(long id, String body, String authorName, Instant postedAt, NoticeDetails details, boolean read,
               boolean answered) {
    }

    List<Row> since(long spaceId, long readerId, Instant since) {
        return jdbc.sql("""
                SELECT p.id, p.body, a.name, p.created_at, n.audience, n.ask, n.options, n.deadline,
                       EXISTS (SELECT 1 FROM notice_read r WHERE r.post_id = p.id AND r.person_id = :reader) AS read,
                       EXISTS (SELECT 1 FROM notice_answer x WHERE x.post_id = p.id AND x.person_id = :reader)
                           AS answered
                FROM post p JOIN class_notice n ON n.post_id = p.id JOIN identity_v_person a ON a.id = p.author_id
                WHERE p.space_id = :space AND p.kind = 'NOTICE' AND p.deleted_at IS NULL AND p.created_at >= :since
                ORDER BY p.id DESC LIMIT :limit""")
                .param("reader", readerId).param("space", spaceId).param("since", Timestamp.from(since))
                .param("limit", LIMIT)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("body"), rs.getString("name"),
                        SpaceRepository.instant(rs, "created_at"), NoticeRepository.details(rs, n),
                        rs.getBoolean("read"), rs.getBoolean("answered")))
                .list();
    }
}
