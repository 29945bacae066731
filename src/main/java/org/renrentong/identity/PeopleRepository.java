package org.renrentong.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PeopleRepository {

    static final String PERSON = """
            SELECT id, account, name, gender, phone, id_card_masked, school_id, student_no, staff_no, locked_until,
                   must_change_password FROM person\s""";

    private final JdbcClient jdbc;
    private final Places places;

    PeopleRepository(JdbcClient jdbc, Places places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    record Anchor(Long schoolId, String path) {
    }

    long insert(String account, String name, Person.Gender gender, String phone, byte[] idCipher, byte[] idHash,
                String idMasked, Long schoolId, String studentNo, String staffNo, String passwordHash) {
        return jdbc.sql("""
                INSERT INTO person (account, name, gender, phone, id_card_cipher, id_card_hash, id_card_masked,
                                    school_id, student_no, staff_no, password_hash, must_change_password)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,TRUE) RETURNING id""")
                .params(account, name, gender.name(), phone, idCipher, idHash, idMasked, schoolId, studentNo, staffNo,
                        passwordHash)
                .query(Long.class).single();
    }

    /** The person chose their password themselves (a self-registration): nothing to change at first sign-in. */
    void passwordChosen(long personId) {
        jdbc.sql("UPDATE person SET must_change_password = FALSE WHERE id = ?").param(personId).update();
    }

    List<Long> holdersAt(Role role, long organisationId) {
        return jdbc.sql("SELECT person_id FROM role_grant WHERE role = ? AND organisation_id = ? ORDER BY person_id")
                .params(role.name(), organisationId).query(Long.class).list();
    }

    /** Grants the role at an organisation that is not a school (an enterprise). */
    void grantAtOrganisation(long personId, Role role, long organisationId) {
        jdbc.sql("INSERT INTO role_grant (person_id, role, organisation_id) VALUES (?,?,?)")
                .params(personId, role.name(), organisationId).update();
    }

    /** Grants the role unless the person holds it there already; true when it was new. */
    boolean grant(long personId, Role role, String regionCode, Long schoolId) {
        return jdbc.sql("INSERT INTO role_grant (person_id, role, region_code, school_id) VALUES (?,?,?,?) "
                        + "ON CONFLICT DO NOTHING")
                .params(personId, role.name(), regionCode, schoolId).update() > 0;
    }

    /** Whether the person holds the role (at the school, when one is given). */
    boolean holds(long personId, Role role, Long schoolId) {
        return exists("SELECT count(*) FROM role_grant WHERE person_id = ? AND role = ? "
                + "AND (CAST(? AS BIGINT) IS NULL OR school_id = ?)", personId, role.name(), schoolId, schoolId);
    }

    /** A person without a school (a guardian, say) joins one when they take a school role there. */
    void joinSchool(long personId, long schoolId) {
        jdbc.sql("UPDATE person SET school_id = ?, updated_at = now() WHERE id = ? AND school_id IS NULL")
                .params(schoolId, personId).update();
    }

    Optional<Long> byAccount(String account) {
        return jdbc.sql("SELECT id FROM person WHERE account = ?").param(account).query(Long.class).optional();
    }

    void placeStudent(long personId, long classId) {
        jdbc.sql("INSERT INTO class_student (class_id, person_id) VALUES (?,?) "
                        + "ON CONFLICT (person_id) DO UPDATE SET class_id = EXCLUDED.class_id")
                .params(classId, personId).update();
    }

    void linkGuardian(long guardianId, long studentId, String relation) {
        jdbc.sql("INSERT INTO guardianship (guardian_id, student_id, relation) VALUES (?,?,?) "
                        + "ON CONFLICT (guardian_id, student_id) DO UPDATE SET relation = EXCLUDED.relation")
                .params(guardianId, studentId, relation).update();
    }

    boolean accountTaken(String account) {
        return exists("SELECT count(*) FROM person WHERE account = ?", account);
    }

    Optional<Long> byPhone(String phone) {
        return jdbc.sql("SELECT id FROM person WHERE phone = ?").param(phone).query(Long.class).optional();
    }

    boolean idCardTaken(byte[] hash) {
        return exists("SELECT count(*) FROM person WHERE id_card_hash = ?", hash);
    }

    boolean numberTaken(long schoolId, String column, String number) {
        return exists("SELECT count(*) FROM person WHERE school_id = ? AND " + column + " = ?", schoolId, number);
    }

    Optional<Person> find(long id) {
        return jdbc.sql(PERSON + " WHERE id = ?").param(id).query(PeopleRepository::map).optional();
    }

    /**
     * People of one school after an id, in id order: its staff and students (index person_school_id), and the
     * guardians of its students (index guardianship_school_guardian). Each side stops after the limit, so a deep
     * page costs what the first one does. The unfiltered list has its own statement: a prepared statement's generic
     * plan, made for "maybe a filter", walks the primary key past every other school's people instead.
     */
    List<Person> ofSchool(long schoolId, String text, long afterId, int limit) {
        String match = text.isEmpty() ? ""
                : " AND (p.name LIKE '%' || :like || '%' OR p.account = :text OR p.phone = :text)";
        return jdbc.sql(PERSON + """
                 WHERE id IN ((SELECT p.id FROM person p WHERE p.school_id = :school AND p.id > :after%s
                               ORDER BY p.school_id, p.id LIMIT :limit)
                              UNION
                              (SELECT g.guardian_id FROM guardianship g%s
                                WHERE g.student_school_id = :school AND g.guardian_id > :after%s
                                GROUP BY g.student_school_id, g.guardian_id
                                ORDER BY g.student_school_id, g.guardian_id LIMIT :limit))
                 ORDER BY id LIMIT :limit""".formatted(match,
                        text.isEmpty() ? "" : " JOIN person p ON p.id = g.guardian_id", match))
                .param("school", schoolId).param("text", text).param("like", literal(text))
                .param("after", afterId).param("limit", limit)
                .query(PeopleRepository::map).list();
    }

    /** Without a filter: the school's people, plus the guardians of its students who are not among them. */
    long countOfSchool(long schoolId, String text) {
        if (text.isEmpty()) {
            return jdbc.sql("""
                    SELECT (SELECT count(*) FROM person WHERE school_id = :school)
                         + (SELECT count(DISTINCT g.guardian_id) FROM guardianship g
                            WHERE g.student_school_id = :school AND NOT EXISTS (
                                SELECT 1 FROM person p WHERE p.id = g.guardian_id AND p.school_id = :school))""")
                    .param("school", schoolId).query(Long.class).single();
        }
        return jdbc.sql("""
                SELECT count(*) FROM person WHERE id IN (SELECT id FROM person WHERE school_id = :school
                              UNION SELECT guardian_id FROM guardianship WHERE student_school_id = :school)
                   AND (name LIKE '%' || :like || '%' OR account = :text OR phone = :text)""")
                .param("school", schoolId).param("text", text).param("like", literal(text))
                .query(Long.class).single();
    }

    /** Where a person belongs in their own right: their school and the places of their school and region roles. */
    List<Anchor> ownAnchors(long personId) {
        List<Long> schoolIds = new ArrayList<>();
        List<String> regionCodes = new ArrayList<>();
        jdbc.sql("""
                SELECT school_id, NULL FROM person WHERE id = :id AND school_id IS NOT NULL
                UNION ALL SELECT school_id, region_code FROM role_grant WHERE person_id = :id""")
                .param("id", personId)
                .query(rs -> {
                    schoolIds.add((Long) rs.getObject(1, Long.class));
                    regionCodes.add(rs.getString(2));
                });
        Map<String, RegionPlaces.Region> regions = places.regions(regionCodes);
        Set<Anchor> anchors = new LinkedHashSet<>(schoolAnchors(schoolIds));
        regionCodes.stream().filter(regions::containsKey)
                .forEach(code -> anchors.add(new Anchor(null, regions.get(code).path())));
        return List.copyOf(anchors);
    }

    /** Every place a person belongs to: their own, and their children's schools. */
    List<Anchor> anchors(long personId) {
        List<Anchor> all = new ArrayList<>(ownAnchors(personId));
        all.addAll(childAnchors(personId));
        return all;
    }

    /** The schools of a guardian's children. */
    List<Anchor> childAnchors(long personId) {
        return schoolAnchors(jdbc.sql("""
                SELECT DISTINCT c.school_id FROM guardianship g JOIN person c ON c.id = g.student_id
                WHERE g.guardian_id = ? AND c.school_id IS NOT NULL""")
                .param(personId).query(Long.class).list());
    }

    private List<Anchor> schoolAnchors(List<Long> schoolIds) {
        Map<Long, SchoolPlaces.School> schools = places.schools(schoolIds);
        return schoolIds.stream().filter(schools::containsKey).distinct()
                .map(id -> new Anchor(id, schools.get(id).regionPath())).toList();
    }

    boolean isGuardian(long guardianId, long studentId) {
        return exists("SELECT count(*) FROM guardianship WHERE guardian_id = ? AND student_id = ?", guardianId,
                studentId);
    }

    /** The class a class-anchored check needs: its school and region path. */
    Optional<Anchor> classAnchor(long classId) {
        return places.schoolClass(classId).map(c -> new Anchor(c.schoolId(), c.regionPath()));
    }

    Optional<String> schoolPath(long schoolId) {
        return places.school(schoolId).map(SchoolPlaces.School::regionPath);
    }

    /** The path of a region still in use. */
    Optional<String> regionPath(String code) {
        return places.region(code).filter(r -> !r.retired()).map(RegionPlaces.Region::path);
    }

    /** Escapes LIKE wildcards so that user text matches literally (backslash is PostgreSQL's default escape). */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private boolean exists(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Long.class).single() > 0;
    }

    static Person map(ResultSet rs, int n) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new Person(rs.getLong("id"), rs.getString("account"), rs.getString("name"),
                Person.Gender.valueOf(rs.getString("gender")), PhoneNumber.mask(rs.getString("phone")),
                rs.getString("id_card_masked"), (Long) rs.getObject("school_id"), rs.getString("student_no"),
                rs.getString("staff_no"), lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now()),
                rs.getBoolean("must_change_password"));
    }

    /** Whether the person attends one of the classes, or is the guardian of a student who does. */
    boolean inClasses(long personId, Set<Long> classIds) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM class_student WHERE person_id = :person AND class_id IN (:classes))
                    OR EXISTS (SELECT 1 FROM guardianship g JOIN class_student cs ON cs.person_id = g.student_id
                               WHERE g.guardian_id = :person AND cs.class_id IN (:classes))""")
                .param("person", personId).param("classes", classIds).query(Boolean.class).single();
    }

    Set<Long> studentsAmong(Collection<Long> personIds) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT person_id FROM role_grant WHERE role = 'STUDENT' "
                        + "AND person_id IN (:ids)")
                .param("ids", personIds).query(Long.class).list());
    }
}
