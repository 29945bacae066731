package org.renrentong.apps.lti;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members of a class for a tool (names and roles service), and the classes a tool was launched in. */
@Repository
class ClassMemberRepository {

    /** A class's members as the service returns them, at most this many. */
    private static final int MAX_MEMBERS = 1000;

    private final JdbcClient jdbc;

    ClassMemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Member(long personId, String account, String name, boolean teacher) {
    }

    List<Member> ofClass(long classId) {
        return jdbc.sql("""
                SELECT p.id, p.account, p.name, TRUE FROM identity_v_class_teacher ct
                JOIN identity_v_person p ON p.id = ct.person_id WHERE ct.class_id = :class AND p.enabled
                UNION
                SELECT p.id, p.account, p.name, FALSE FROM identity_v_class_student cs
                JOIN identity_v_person p ON p.id = cs.person_id WHERE cs.class_id = :class AND p.enabled
                ORDER BY 4 DESC, 1 LIMIT :max""")
                .param("class", classId).param("max", MAX_MEMBERS)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    void launched(long toolId, long classId) {
        jdbc.sql("INSERT INTO lti_context (tool_id, class_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(toolId, classId).update();
    }

    boolean wasLaunched(long toolId, long classId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM lti_context WHERE tool_id = ? AND class_id = ?)")
                .params(toolId, classId).query(Boolean.class).single();
    }
}
