package org.renrentong.apps.lti;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LtiLinkRepository {

    /** A class space shows this many placed links at most, newest first. */
    private static final int SHOWN = 100;

    private final JdbcClient jdbc;

    LtiLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long toolId, long classId, String title, String url, String text, long createdBy) {
        return jdbc.sql("""
                INSERT INTO lti_link (tool_id, class_id, title, url, text, created_by) VALUES (?, ?, ?, ?, ?, ?)
                RETURNING id""").params(toolId, classId, title, url, text, createdBy).query(Long.class).single();
    }

    Optional<LtiLink> find(long id) {
        return jdbc.sql("SELECT id, tool_id, class_id, title, url, text FROM lti_link WHERE id = ?").param(id)
                .query(this::link).optional();
    }

    List<LtiLink> ofClass(long classId) {
        return jdbc.sql("""
                SELECT id, tool_id, class_id, title, url, text FROM lti_link WHERE class_id = ?
                ORDER BY id DESC LIMIT ?""").params(classId, SHOWN).query(this::link).list();
    }

    /** Whether the tool itself named this URL for content it placed (so a launch of it may be posted there). */
    boolean placedAt(long toolId, String url) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM lti_link WHERE tool_id = ? AND url = ?)").params(toolId, url)
                .query(Boolean.class).single();
    }

    private LtiLink link(ResultSet rs, int n) throws SQLException {
        return new LtiLink(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }
}
