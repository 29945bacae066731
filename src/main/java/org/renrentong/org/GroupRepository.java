package org.renrentong.org;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Group members, their owner, and who may join a school's group. */
@Repository
class GroupRepository {

    /**
     * Who a group's manager may add: people of the group's school (of a school in the region, for a region group).
     * A teacher managing a group without administering the school adds only students of the classes they teach
     * and fellow teachers of the school.
     */
    private static final String ELIGIBLE = """
            SELECT p.id, p.name, p.account FROM identity_v_person p
            WHERE p.enabled
              AND NOT EXISTS (SELECT 1 FROM group_membership m WHERE m.group_id = :group AND m.person_id = p.id)
              AND (CASE WHEN CAST(:school AS BIGINT) IS NULL
                        THEN p.school_id IN (SELECT id FROM school WHERE region_path LIKE :path || '%')
                        ELSE p.school_id = :school END)
              AND (NOT :teacherRule
                   OR EXISTS (SELECT 1 FROM identity_v_class_student cs
                              JOIN identity_v_class_teacher ct ON ct.class_id = cs.class_id
                              WHERE cs.person_id = p.id AND ct.person_id = :actor)
                   OR EXISTS (SELECT 1 FROM identity_v_role_grant r WHERE r.person_id = p.id AND r.role = 'TEACHER'
                              AND r.school_id = :school))
            """;

    private final JdbcClient jdbc;

    GroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> owner(long groupId) {
        return jdbc.sql("SELECT created_by FROM org_group WHERE id = ? AND created_by IS NOT NULL").param(groupId)
                .query(Long.class).optional();
    }

    boolean isMember(long groupId, long personId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM group_membership WHERE group_id = ? AND person_id = ?)")
                .params(groupId, personId).query(Boolean.class).single();
    }

    List<GroupMember> members(long groupId) {
        return jdbc.sql("""
                SELECT p.id, p.name, p.account, p.id = g.created_by AS owner
                FROM group_membership m JOIN identity_v_person p ON p.id = m.person_id
                JOIN org_group g ON g.id = m.group_id
                WHERE m.group_id = ? ORDER BY owner DESC, p.name, p.id""").param(groupId)
                .query((rs, n) -> new GroupMember(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /** Up to limit people who may join, matching the text by name or account (all of them when it is empty). */
    List<GroupMember> eligible(Group group, long actorId, boolean teacherRule, String text, int limit) {
        return jdbc.sql(ELIGIBLE + """
                  AND (:text = '' OR p.name LIKE '%' || :like || '%' OR p.account = :text)
                ORDER BY p.name, p.id LIMIT :limit""")
                .param("group", group.id()).param("school", group.schoolId()).param("path", group.regionPath())
                .param("teacherRule", teacherRule).param("actor", actorId).param("text", text)
                .param("like", text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .param("limit", limit)
                .query((rs, n) -> new GroupMember(rs.getLong(1), rs.getString(2), rs.getString(3), false)).list();
    }

    boolean isEligible(Group group, long actorId, boolean teacherRule, long personId) {
        return jdbc.sql("SELECT EXISTS (" + ELIGIBLE + " AND p.id = :person)")
                .param("group", group.id()).param("school", group.schoolId()).param("path", group.regionPath())
                .param("teacherRule", teacherRule).param("actor", actorId).param("person", personId)
                .query(Boolean.class).single();
    }

    void add(long groupId, long personId) {
        jdbc.sql("INSERT INTO group_membership (group_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(groupId, personId).update();
    }

    int remove(long groupId, long personId) {
        return jdbc.sql("DELETE FROM group_membership WHERE group_id = ? AND person_id = ?").params(groupId, personId)
                .update();
    }

    /** The groups a person belongs to. */
    List<GroupSummary> groupsOf(long personId) {
        return jdbc.sql("""
                SELECT g.id, g.name, g.kind, g.school_id, g.region_code, COALESCE(s.region_path, r.path), s.name
                FROM group_membership m JOIN org_group g ON g.id = m.group_id
                JOIN region_v_region r ON r.code = g.region_code
                LEFT JOIN school s ON s.id = g.school_id WHERE m.person_id = ? ORDER BY g.name, g.id""")
                .param(personId)
                .query((rs, n) -> new GroupSummary(new Group(rs.getLong(1), rs.getString(2),
                        Group.Kind.valueOf(rs.getString(3)), (Long) rs.getObject(4), rs.getString(5),
                        rs.getString(6)), rs.getString(7)))
                .list();
    }
}
