package org.renrentong.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what an actor's scope is made of: grants, anchors, classes and children. */
@Repository
class ActorRepository {

    private final JdbcClient jdbc;

    ActorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PersonName(String account, String name) {
    }

    PersonName person(long personId) {
        return jdbc.sql("SELECT account, name FROM person WHERE id = ?").param(personId)
                .query((rs, n) -> new PersonName(rs.getString(1), rs.getString(2))).single();
    }

    List<RoleGrant> grants(long personId) {
        return jdbc.sql("""
                SELECT g.id, g.role, g.region_code, r.name AS region_name, g.school_id, s.name AS school_name,
                       g.group_id, g.organisation_id
                FROM role_grant g
                LEFT JOIN region r ON r.code = g.region_code
                LEFT JOIN school s ON s.id = g.school_id
                WHERE g.person_id = ? ORDER BY g.id""")
                .param(personId)
                .query((rs, n) -> new RoleGrant(rs.getLong("id"), Role.valueOf(rs.getString("role")),
                        rs.getString("region_code"), rs.getString("region_name"),
                        (Long) rs.getObject("school_id"), rs.getString("school_name"),
                        (Long) rs.getObject("group_id"), (Long) rs.getObject("organisation_id")))
                .list();
    }

    String regionPath(String regionCode) {
        return jdbc.sql("SELECT path FROM region WHERE code = ?").param(regionCode).query(String.class).single();
    }

    String schoolPath(long schoolId) {
        return jdbc.sql("SELECT region_path FROM school WHERE id = ?").param(schoolId).query(String.class).single();
    }

    Set<Long> taughtClasses(long personId) {
        return new HashSet<>(jdbc.sql("SELECT class_id FROM class_teacher WHERE person_id = ?").param(personId)
                .query(Long.class).list());
    }

    Set<Long> attendedClasses(long personId) {
        return new HashSet<>(jdbc.sql("SELECT class_id FROM class_student WHERE person_id = ?").param(personId)
                .query(Long.class).list());
    }

    Set<Long> children(long personId) {
        return new HashSet<>(jdbc.sql("SELECT student_id FROM guardianship WHERE guardian_id = ?").param(personId)
                .query(Long.class).list());
    }

    Set<Long> childrenClasses(long personId) {
        return new HashSet<>(jdbc.sql("""
                SELECT cs.class_id FROM guardianship g JOIN class_student cs ON cs.person_id = g.student_id
                WHERE g.guardian_id = ?""").param(personId).query(Long.class).list());
    }
}
