package org.renrentong.space;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A class notice's details, who of its class read it and what each answered, and its private threads. The class's
 * people come from identity's published views; a notice keeps no copy of them.
 */
@Repository
class NoticeRepository {

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A student of the class with a guardian (null when the student has none), in class-list order. */
    record RosterRow(long studentId, String studentName, Long guardianId, String guardianName, String relation) {
    }

    /** An answer: the chosen option's index and when it was given. */
    record Answer(int choice, Instant answeredAt) {
    }

    void insert(long postId, NoticeDetails d) {
        jdbc.sql("INSERT INTO class_notice (post_id, audience, ask, options, deadline) VALUES (?,?,?,?,?)")
                .params(postId, d.audience().name(), d.ask().name(),
                        d.ask() == NoticeAsk.CHOICE ? d.options().toArray(String[]::new) : null,
                        d.deadline() == null ? null : Timestamp.from(d.deadline()))
                .update();
    }

    /** The details of a class notice; empty for a notice of another kind of space. */
    Optional<NoticeDetails> details(long postId) {
        return jdbc.sql("SELECT audience, ask, options, deadline FROM class_notice WHERE post_id = ?").param(postId)
                .query(NoticeRepository::details).optional();
    }

    Instant remindedAt(long postId) {
        return jdbc.sql("SELECT reminded_at FROM class_notice WHERE post_id = ?").param(postId)
                .query((rs, n) -> SpaceRepository.instant(rs, "reminded_at")).optional().orElse(null);
    }

    /**
     * Takes the reminder slot of a notice: true (and the time set) when the last reminder is older than the
     * interval; one statement, so two teachers pressing at once send one reminder.
     */
    boolean takeReminder(long postId, Duration interval) {
        return jdbc.sql("""
                UPDATE class_notice SET reminded_at = now()
                WHERE post_id = ? AND (reminded_at IS NULL OR reminded_at <= now() - ?::interval)""")
                .params(postId, interval.toSeconds() + " seconds").update() == 1;
    }

    List<RosterRow> roster(long classId) {
        return jdbc.sql("""
                SELECT s.id, s.name, g.guardian_id, gp.name, g.relation
                FROM identity_v_class_student cs JOIN identity_v_person s ON s.id = cs.person_id
                LEFT JOIN identity_v_guardianship g ON g.student_id = s.id
                LEFT JOIN identity_v_person gp ON gp.id = g.guardian_id
                WHERE cs.class_id = ? ORDER BY s.student_no, s.name, s.id, gp.name, g.guardian_id""")
                .param(classId).query((rs, n) -> new RosterRow(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, Long.class), rs.getString(4), rs.getString(5))).list();
    }

    /** Marks it read for the person, once: the first opening counts. */
    void markRead(long postId, long personId) {
        jdbc.sql("INSERT INTO notice_read (post_id, person_id) VALUES (?,?) ON CONFLICT DO NOTHING")
                .params(postId, personId).update();
    }

    Map<Long, Instant> reads(long postId) {
        Map<Long, Instant> reads = new HashMap<>();
        jdbc.sql("SELECT person_id, read_at FROM notice_read WHERE post_id = ?").param(postId)
                .query(rs -> {
                    reads.put(rs.getLong(1), SpaceRepository.instant(rs, "read_at"));
                });
        return reads;
    }

    void answer(long postId, long personId, int choice) {
        jdbc.sql("""
                INSERT INTO notice_answer (post_id, person_id, choice) VALUES (?,?,?)
                ON CONFLICT (post_id, person_id) DO UPDATE SET choice = EXCLUDED.choice, answered_at = now()""")
                .params(postId, personId, choice).update();
    }

    Map<Long, Answer> answers(long postId) {
        Map<Long, Answer> answers = new HashMap<>();
        jdbc.sql("SELECT person_id, choice, answered_at FROM notice_answer WHERE post_id = ?").param(postId)
                .query(rs -> {
                    answers.put(rs.getLong(1), new Answer(rs.getInt(2), SpaceRepository.instant(rs, "answered_at")));
                });
        return answers;
    }

    Optional<Answer> answerOf(long postId, long personId) {
        return jdbc.sql("SELECT choice, answered_at FROM notice_answer WHERE post_id = ? AND person_id = ?")
                .params(postId, personId)
                .query((rs, n) -> new Answer(rs.getInt(1), SpaceRepository.instant(rs, "answered_at"))).optional();
    }

    long reply(long postId, long personId, long authorId, String body) {
        return jdbc.sql("""
                INSERT INTO notice_reply (post_id, person_id, author_id, body) VALUES (?,?,?,?) RETURNING id""")
                .params(postId, personId, authorId, body).query(Long.class).single();
    }

    /** The replies of one thread (personId given) or of all, oldest first, threads together. */
    List<NoticeThread.Reply> replies(long postId, Long personId) {
        return jdbc.sql("""
                SELECT r.id, r.person_id, r.author_id, a.name, r.body, r.created_at
                FROM notice_reply r JOIN identity_v_person a ON a.id = r.author_id
                WHERE r.post_id = :post AND (CAST(:person AS BIGINT) IS NULL OR r.person_id = :person)
                ORDER BY r.person_id, r.id""")
                .param("post", postId).param("person", personId)
                .query((rs, n) -> new NoticeThread.Reply(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), SpaceRepository.instant(rs, "created_at"))).list();
    }

    static NoticeDetails details(ResultSet rs, int n) throws SQLException {
        Array options = rs.getArray("options");
        return new NoticeDetails(NoticeAudience.valueOf(rs.getString("audience")), NoticeAsk.valueOf(rs.getString("ask")),
                options == null ? List.of() : Arrays.asList((String[]) options.getArray()), SpaceRepository.instant(rs, "deadline"));
    }
}
