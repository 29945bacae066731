package org.renrentong.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reads behind the people pages: roles of a page of people, a person's classes and relatives. */
@Repository
class PeopleQueries {

    private final JdbcClient jdbc;

    PeopleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, List<Role>> roles(Collection<Long> personIds) {
        Map<Long, List<Role>> roles = new HashMap<>();
        if (personIds.isEmpty()) {
            return roles;
        }
        jdbc.sql("SELECT person_id, role FROM role_grant WHERE person_id IN (:ids) ORDER BY id")
                .param("ids", personIds)
                .query(rs -> {
                    List<Role> held = roles.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>());
                    Role role = Role.valueOf(rs.getString(2));
                    if (!held.contains(role)) {
                        held.add(role);
                    }
                });
        return roles;
    }

    Optional<String> schoolName(long schoolId) {
        return jdbc.sql("SELECT name FROM school WHERE id = ?").param(schoolId).query(String.class).optional();
    }

    Optional<String> regionName(String code) {
        return jdbc.sql("SELECT name FROM region WHERE code = ?").param(code).query(String.class).optional();
    }

    List<PersonDetails.ClassPlace> classes(long personId) {
        return jdbc.sql("""
                SELECT c.id, g.name || c.name AS full_name, FALSE AS teaches, NULL AS subject, FALSE AS head,
                       g.year_level
                FROM class_student cs JOIN school_class c ON c.id = cs.class_id JOIN grade g ON g.id = c.grade_id
                WHERE cs.person_id = :id
                UNION ALL
                SELECT c.id, g.name || c.name, TRUE, ct.subject, ct.head, g.year_level
                FROM class_teacher ct JOIN school_class c ON c.id = ct.class_id JOIN grade g ON g.id = c.grade_id
                WHERE ct.person_id = :id
                ORDER BY year_level, full_name""")
                .param("id", personId)
                .query((rs, n) -> new PersonDetails.ClassPlace(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4), rs.getBoolean(5)))
                .list();
    }

    List<PersonDetails.Relative> guardians(long studentId) {
        return relatives("g.student_id = ? AND p.id = g.guardian_id", studentId);
    }

    List<PersonDetails.Relative> children(long guardianId) {
        return relatives("g.guardian_id = ? AND p.id = g.student_id", guardianId);
    }

    /** People holding a region role (administrator, expert) at exactly this region. */
    List<Person> regionStaff(String regionCode) {
        return jdbc.sql(PeopleRepository.PERSON + """
                 WHERE id IN (SELECT person_id FROM role_grant
                              WHERE region_code = ? AND role IN ('REGION_ADMIN', 'EXPERT', 'PLATFORM_ADMIN'))
                ORDER BY id LIMIT 200""")
                .param(regionCode).query(PeopleRepository::map).list();
    }

    private List<PersonDetails.Relative> relatives(String where, long personId) {
        return jdbc.sql("SELECT p.id, p.name, p.account, g.relation, p.phone FROM guardianship g, person p WHERE "
                        + where + " ORDER BY p.id")
                .param(personId)
                .query((rs, n) -> new PersonDetails.Relative(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), PhoneNumber.mask(rs.getString(5))))
                .list();
    }
}
