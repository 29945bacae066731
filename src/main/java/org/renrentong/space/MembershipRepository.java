package org.renrentong.space;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads who belongs to what, for access decisions and the member lists of institutional spaces. */
@Repository
class MembershipRepository {

    /** Member lists are shown in full up to this size; larger groups show the first ones. */
    private static final int MAX_NAMES = 500;

    private final JdbcClient jdbc;

    MembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long groupCreator(long groupId) {
        return jdbc.sql("SELECT COALESCE(created_by, 0) FROM org_v_group WHERE id = ?").param(groupId)
                .query(Long.class).optional().orElse(0L);
    }

    boolean inGroup(long groupId, long personId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM org_v_group_member WHERE group_id = ? AND person_id = ?)")
                .params(groupId, personId).query(Boolean.class).single();
    }

    boolean guardianAtSchool(long guardianId, long schoolId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM identity_v_guardianship g JOIN identity_v_person s ON s.id = g.student_id
                               WHERE g.guardian_id = ? AND s.school_id = ?)""")
                .params(guardianId, schoolId).query(Boolean.class).single();
    }

    /** Teachers (head teacher first) and students of a class, in one round trip. */
    Members ofClass(long classId) {
        List<String> teachers = new ArrayList<>();
        List<String> students = new ArrayList<>();
        jdbc.sql("""
                (SELECT TRUE AS teacher, p.name
                 FROM identity_v_class_teacher ct JOIN identity_v_person p ON p.id = ct.person_id
                 WHERE ct.class_id = :class ORDER BY ct.head DESC, p.name LIMIT :max)
                UNION ALL
                (SELECT FALSE, p.name FROM identity_v_class_student cs JOIN identity_v_person p ON p.id = cs.person_id
                 WHERE cs.class_id = :class ORDER BY p.student_no, p.name LIMIT :max)""")
                .param("class", classId).param("max", MAX_NAMES)
                .query(rs -> {
                    (rs.getBoolean(1) ? teachers : students).add(rs.getString(2));
                });
        return Members.names(teachers, students, List.of());
    }

    Members ofGroup(long groupId) {
        List<String> members = jdbc.sql("""
                SELECT p.name FROM org_v_group_member m JOIN identity_v_person p ON p.id = m.person_id
                WHERE m.group_id = ? ORDER BY p.name LIMIT ?""")
                .params(groupId, MAX_NAMES).query(String.class).list();
        return Members.names(List.of(), List.of(), members);
    }

    Members ofSchool(long schoolId) {
        long teachers = countGrants(schoolId, "TEACHER");
        long students = countGrants(schoolId, "STUDENT");
        return Members.counts(teachers, students, 0);
    }

    Members ofBureau(String regionPath) {
        long schools = jdbc.sql("SELECT count(*) FROM org_v_school WHERE region_path LIKE ?").param(regionPath + "%")
                .query(Long.class).single();
        return Members.counts(0, 0, schools);
    }

    private long countGrants(long schoolId, String role) {
        return jdbc.sql("SELECT count(*) FROM identity_v_role_grant WHERE school_id = ? AND role = ?")
                .params(schoolId, role)
                .query(Long.class).single();
    }
}
