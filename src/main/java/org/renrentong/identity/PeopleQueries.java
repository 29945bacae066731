package org.renrentong.identity;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reads behind the people pages: roles of a page of people, a person's classes and relatives. */
@Repository
class PeopleQueries {

    private final JdbcClient jdbc;
    private final Places places;
    private final SubjectCodes subjects;

    PeopleQueries(JdbcClient jdbc, Places places, SubjectCodes subjects) {
        this.jdbc = jdbc;
        this.places = places;
        this.subjects = subjects;
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
        return places.school(schoolId).map(SchoolPlaces.School::name);
    }

    Optional<String> regionName(String code) {
        return places.region(code).map(RegionPlaces.Region::name);
    }

    /**
     * The classes the person attends or teaches, by year level and name; a teacher's subjects there by their standard
     * names ("语文、道德与法治"), or the free text an earlier release kept.
     */
    List<PersonDetails.ClassPlace> classes(long personId) {
        record Membership(long classId, boolean teaches, String subject, boolean head) {
        }
        List<Membership> memberships = jdbc.sql("""
                SELECT class_id, FALSE, NULL, NULL, FALSE FROM class_student WHERE person_id = :id
                UNION ALL
                SELECT ct.class_id, TRUE, ct.former_subject,
                       ARRAY(SELECT cs.subject FROM class_subject cs WHERE cs.class_id = ct.class_id
                                                                       AND cs.person_id = ct.person_id
                             ORDER BY cs.subject), ct.head
                FROM class_teacher ct WHERE ct.person_id = :id""")
                .param("id", personId)
                .query((rs, n) -> new Membership(rs.getLong(1), rs.getBoolean(2),
                        subjectLabel(rs.getArray(4), rs.getString(3)), rs.getBoolean(5)))
                .list();
        Map<Long, SchoolPlaces.SchoolClass> classes = places.classes(
                memberships.stream().map(Membership::classId).toList());
        return memberships.stream().filter(m -> classes.containsKey(m.classId()))
                .sorted(Comparator.comparingInt((Membership m) -> classes.get(m.classId()).yearLevel())
                        .thenComparing(m -> classes.get(m.classId()).fullName()))
                .map(m -> new PersonDetails.ClassPlace(m.classId(), classes.get(m.classId()).fullName(), m.teaches(),
                        m.subject(), m.head()))
                .toList();
    }

    private String subjectLabel(Array codes, String former) throws SQLException {
        if (codes == null || ((String[]) codes.getArray()).length == 0) {
            return former;
        }
        return Arrays.stream((String[]) codes.getArray()).map(c -> subjects.name(c).orElse(c))
                .collect(Collectors.joining("、"));
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
