package org.renrentong.resource;

import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The pending comments a reviewer or administrator may moderate, oldest first: on resources of their region
 * (administrators), on resources their assignments cover (experts), and on their own. The same rule as
 * {@link ResourceUse#mayModerate}, as a query; moderating one goes through {@link ResourceUse#moderate}.
 */
@Service
public class CommentQueue {

    static final int PAGE = 50;

    private static final String WITHIN = """
            FROM resource_comment c JOIN resource r ON r.id = c.resource_id
            WHERE c.status = 'PENDING' AND (r.owner_id = :me
               OR (:governs AND r.region_path LIKE :path)
               OR (:expert AND EXISTS (SELECT 1 FROM review_assignment a JOIN resource_place rp
                     ON rp.subject_code = a.subject_code AND rp.resource_id = r.id
                   WHERE a.expert_id = :me AND r.region_path LIKE a.region_path || '%')))""";

    private final JdbcClient jdbc;

    CommentQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean mayOpen(Actor actor) {
        return ResourcePolicy.mayOpenCommentQueue(actor);
    }

    /** A page of the queue after the given comment id (0 for the first). */
    public Slice<QueuedComment> pending(Actor actor, long afterId) {
        if (!mayOpen(actor)) {
            throw DomainException.forbidden();
        }
        List<QueuedComment> rows = scoped(actor, """
                SELECT c.id, c.resource_id, r.title, (SELECT name FROM identity_v_person WHERE id = c.author_id),
                       c.body, c.flagged_words, c.created_at
                """ + WITHIN + " AND c.id > :after ORDER BY c.id LIMIT :limit")
                .param("after", afterId).param("limit", PAGE + 1).query(CommentQueue::row).list();
        long total = scoped(actor, "SELECT count(*) " + WITHIN).query(Long.class).single();
        boolean more = rows.size() > PAGE;
        List<QueuedComment> page = more ? rows.subList(0, PAGE) : rows;
        return new Slice<>(page, total, more ? String.valueOf(page.get(page.size() - 1).id()) : null);
    }

    private JdbcClient.StatementSpec scoped(Actor actor, String sql) {
        return jdbc.sql(sql).param("me", actor.personId())
                .param("governs", actor.is(Role.REGION_ADMIN) || actor.is(Role.PLATFORM_ADMIN))
                .param("path", actor.regionPath() + "%").param("expert", actor.is(Role.EXPERT));
    }

    private static QueuedComment row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String flagged = rs.getString(6);
        return new QueuedComment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                flagged == null ? List.of() : List.of(flagged.split(",")), rs.getTimestamp(7).toInstant());
    }
}
