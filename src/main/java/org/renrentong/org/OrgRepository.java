package org.renrentong.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrgRepository {

    private static final String SCHOOL = """
            SELECT s.id, s.name, s.code, s.kind, s.stages, s.county_code, r.name AS county_name, s.region_path
            FROM school s JOIN region_v_region r ON r.code = s.county_code""";
    private static final String CLASS = """
            SELECT c.id, c.name, c.grade_id, g.name AS grade_name, c.school_id, s.name AS school_name, s.region_path
            FROM school_class c JOIN grade g ON g.id = c.grade_id JOIN school s ON s.id = c.school_id""";

    private final JdbcClient jdbc;

    OrgRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertSchool(String name, String code, SchoolKind kind, Set<Stage> stages, String countyCode, String path) {
        return jdbc.sql("INSERT INTO school (name, code, kind, stages, county_code, region_path) VALUES (?,?,?,?,?,?) "
                        + "RETURNING id")
                .params(name, code, kind.name(), joinStages(stages), countyCode, path).query(Long.class).single();
    }

    void updateSchool(long id, String name, String code, SchoolKind kind, Set<Stage> stages) {
        jdbc.sql("UPDATE school SET name = ?, code = ?, kind = ?, stages = ? WHERE id = ?")
                .params(name, code, kind.name(), joinStages(stages), id).update();
    }

    Optional<School> school(long id) {
        return jdbc.sql(SCHOOL + " WHERE s.id = ?").param(id).query(this::mapSchool).optional();
    }

    boolean schoolNameTaken(String countyCode, String name, long exceptId) {
        return jdbc.sql("SELECT count(*) FROM school WHERE county_code = ? AND name = ? AND id <> ?")
                .params(countyCode, name, exceptId).query(Long.class).single() > 0;
    }

    boolean schoolCodeTaken(String code, long exceptId) {
        return code != null && jdbc.sql("SELECT count(*) FROM school WHERE code = ? AND id <> ?")
                .params(code, exceptId).query(Long.class).single() > 0;
    }

    /** Schools under a region path, optionally filtered by name, by keyset on id. */
    List<School> schools(String pathPrefix, Long onlySchool, String text, long afterId, int limit) {
        return jdbc.sql(SCHOOL + " WHERE s.region_path LIKE :path AND (CAST(:only AS BIGINT) IS NULL OR s.id = :only)"
                        + " AND (:text = '' OR s.name LIKE '%' || :text || '%') AND s.id > :after ORDER BY s.id LIMIT :limit")
                .param("path", pathPrefix + "%").param("only", onlySchool).param("text", literal(text))
                .param("after", afterId).param("limit", limit)
                .query(this::mapSchool).list();
    }

    long countSchools(String pathPrefix, Long onlySchool, String text) {
        return jdbc.sql("SELECT count(*) FROM school s WHERE s.region_path LIKE :path "
                        + "AND (CAST(:only AS BIGINT) IS NULL OR s.id = :only) AND (:text = '' OR s.name LIKE '%' || :text || '%')")
                .param("path", pathPrefix + "%").param("only", onlySchool).param("text", literal(text))
                .query(Long.class).single();
    }

    void insertGrade(long schoolId, Stage stage, int yearLevel, String name) {
        jdbc.sql("INSERT INTO grade (school_id, stage, year_level, name) VALUES (?,?,?,?) "
                        + "ON CONFLICT (school_id, name) DO NOTHING")
                .params(schoolId, stage.name(), yearLevel, name).update();
    }

    List<Grade> grades(long schoolId) {
        return jdbc.sql("SELECT id, school_id, stage, year_level, name FROM grade WHERE school_id = ? ORDER BY year_level, id")
                .param(schoolId)
                .query((rs, n) -> new Grade(rs.getLong(1), rs.getLong(2), Stage.valueOf(rs.getString(3)), rs.getInt(4),
                        rs.getString(5)))
                .list();
    }

    long insertClass(long schoolId, long gradeId, String name) {
        return jdbc.sql("INSERT INTO school_class (school_id, grade_id, name) VALUES (?,?,?) RETURNING id")
                .params(schoolId, gradeId, name).query(Long.class).single();
    }

    boolean classNameTaken(long gradeId, String name) {
        return jdbc.sql("SELECT count(*) FROM school_class WHERE grade_id = ? AND name = ?").params(gradeId, name)
                .query(Long.class).single() > 0;
    }

    Optional<SchoolClass> schoolClass(long id) {
        return jdbc.sql(CLASS + " WHERE c.id = ?").param(id).query(this::mapClass).optional();
    }

    List<SchoolClass> classesOfSchool(long schoolId) {
        return jdbc.sql(CLASS + " WHERE c.school_id = ? ORDER BY g.year_level, c.name").param(schoolId)
                .query(this::mapClass).list();
    }

    List<SchoolClass> classes(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CLASS + " WHERE c.id IN (:ids) ORDER BY g.year_level, c.name").param("ids", ids)
                .query(this::mapClass).list();
    }

    long insertGroup(String name, Group.Kind kind, Long schoolId, String regionCode, long createdBy) {
        return jdbc.sql("INSERT INTO org_group (name, kind, school_id, region_code, created_by) VALUES (?,?,?,?,?) "
                        + "RETURNING id")
                .params(name, kind.name(), schoolId, regionCode, createdBy).query(Long.class).single();
    }

    Optional<Group> group(long id) {
        return jdbc.sql("""
                SELECT g.id, g.name, g.kind, g.school_id, g.region_code, COALESCE(s.region_path, r.path) AS path
                FROM org_group g JOIN region_v_region r ON r.code = g.region_code
                LEFT JOIN school s ON s.id = g.school_id
                WHERE g.id = ?""").param(id)
                .query((rs, n) -> new Group(rs.getLong(1), rs.getString(2), Group.Kind.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4), rs.getString(5), rs.getString(6)))
                .optional();
    }

    void addGroupMember(long groupId, long personId) {
        jdbc.sql("INSERT INTO group_membership (group_id, person_id) VALUES (?,?) ON CONFLICT DO NOTHING")
                .params(groupId, personId).update();
    }

    List<Group> groupsOfSchool(long schoolId) {
        return jdbc.sql("""
                SELECT g.id, g.name, g.kind, g.school_id, g.region_code, s.region_path
                FROM org_group g JOIN school s ON s.id = g.school_id WHERE g.school_id = ? ORDER BY g.id""")
                .param(schoolId)
                .query((rs, n) -> new Group(rs.getLong(1), rs.getString(2), Group.Kind.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    long insertBureau(String regionCode, String name) {
        return jdbc.sql("INSERT INTO bureau (region_code, name) VALUES (?,?) RETURNING id").params(regionCode, name)
                .query(Long.class).single();
    }

    Optional<Bureau> bureauOf(String regionCode) {
        return jdbc.sql("SELECT b.id, b.region_code, b.name, r.path FROM bureau b "
                        + "JOIN region_v_region r ON r.code = b.region_code "
                        + "WHERE b.region_code = ?").param(regionCode)
                .query((rs, n) -> new Bureau(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    private School mapSchool(ResultSet rs, int n) throws SQLException {
        return new School(rs.getLong("id"), rs.getString("name"), rs.getString("code"),
                SchoolKind.valueOf(rs.getString("kind")), splitStages(rs.getString("stages")),
                rs.getString("county_code"), rs.getString("county_name"), rs.getString("region_path"));
    }

    private SchoolClass mapClass(ResultSet rs, int n) throws SQLException {
        return new SchoolClass(rs.getLong("id"), rs.getString("name"), rs.getLong("grade_id"),
                rs.getString("grade_name"), rs.getLong("school_id"), rs.getString("school_name"),
                rs.getString("region_path"));
    }

    /** Escapes LIKE wildcards so that user text matches literally (backslash is PostgreSQL's default escape). */
    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String joinStages(Set<Stage> stages) {
        return stages.stream().sorted().map(Stage::name).collect(Collectors.joining(","));
    }

    private static Set<Stage> splitStages(String s) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        Arrays.stream(s.split(",")).filter(x -> !x.isBlank()).map(Stage::valueOf).forEach(stages::add);
        return stages;
    }
}
