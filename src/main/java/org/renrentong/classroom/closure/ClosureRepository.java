package org.renrentong.classroom.closure;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Closures and the schools and people they reach; schools, classes and people through the published views. */
@Repository
class ClosureRepository {

    private static final String COLUMNS = """
            SELECT id, region_code, school_id, place_name, place_path, first_day, last_day, ended_on, reason, created_at
            FROM closure""";
    /** The last day a closure is in effect (see {@link Closure#lastDayInEffect()}). */
    private static final String IN_EFFECT_UNTIL = "LEAST(last_day, COALESCE(ended_on, last_day))";

    private final JdbcClient jdbc;

    ClosureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises switching one place, so that two overlapping closures cannot both pass the overlap check. */
    void lockPlace(ClosurePolicy.Place place) {
        String key = "closure:" + (place.schoolId() != null ? "school:" + place.schoolId() : place.regionCode());
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(key).query(Object.class).optional();
    }

    Optional<Closure> overlapping(ClosurePolicy.Place place, LocalDate first, LocalDate last) {
        String where = place.schoolId() != null ? "school_id = ?" : "region_code = ?";
        Object key = place.schoolId() != null ? place.schoolId() : place.regionCode();
        return jdbc.sql(COLUMNS + " WHERE " + where + " AND first_day <= ? AND " + IN_EFFECT_UNTIL + " >= ?"
                        + " AND " + IN_EFFECT_UNTIL + " >= first_day ORDER BY first_day LIMIT 1")
                .params(key, Date.valueOf(last), Date.valueOf(first)).query(Closure.class).optional();
    }

    long insert(ClosurePolicy.Place place, LocalDate first, LocalDate last, String reason, long createdBy) {
        return jdbc.sql("""
                        INSERT INTO closure (region_code, school_id, place_name, place_path, first_day, last_day, reason,
                                             created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(place.regionCode(), place.schoolId(), place.name(), place.path(), Date.valueOf(first),
                        Date.valueOf(last), reason, createdBy)
                .query(Long.class).single();
    }

    void end(long id, LocalDate endedOn) {
        jdbc.sql("UPDATE closure SET ended_on = ? WHERE id = ?").params(Date.valueOf(endedOn), id).update();
    }

    Optional<Closure> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(Closure.class).optional();
    }

    /** Closures placed within a region's subtree, newest first, by keyset. */
    List<Closure> within(String regionPath, long beforeId, int limit) {
        return jdbc.sql(COLUMNS + " WHERE place_path LIKE ? AND id < ? ORDER BY id DESC LIMIT ?")
                .params(regionPath + "%", beforeId, limit).query(Closure.class).list();
    }

    /** Closures that cover a school (its own, and those of the regions above it), newest first, by keyset. */
    List<Closure> covering(long schoolId, String schoolPath, long beforeId, int limit) {
        return jdbc.sql(COLUMNS + " WHERE (school_id = ? OR (school_id IS NULL AND ? LIKE place_path || '%'))"
                        + " AND id < ? ORDER BY id DESC LIMIT ?")
                .params(schoolId, schoolPath, beforeId, limit).query(Closure.class).list();
    }

    /** The closure covering a school on a day, if any. */
    Optional<Closure> coveringOn(long schoolId, String schoolPath, LocalDate day) {
        return jdbc.sql(COLUMNS + " WHERE (school_id = ? OR (school_id IS NULL AND ? LIKE place_path || '%'))"
                        + " AND first_day <= ? AND " + IN_EFFECT_UNTIL + " >= ? ORDER BY id LIMIT 1")
                .params(schoolId, schoolPath, Date.valueOf(day), Date.valueOf(day)).query(Closure.class).optional();
    }

    /** The schools a closure covers. */
    List<Long> schoolsOf(Closure closure) {
        if (closure.ofSchool()) {
            return List.of(closure.schoolId());
        }
        return jdbc.sql("SELECT id FROM org_v_school WHERE region_path LIKE ? ORDER BY id")
                .param(closure.placePath() + "%").query(Long.class).list();
    }

    /** The teachers, students and guardians of a school's students. */
    List<Long> peopleOf(long schoolId) {
        return jdbc.sql("""
                        SELECT cs.person_id FROM identity_v_class_student cs
                        JOIN org_v_class c ON c.id = cs.class_id WHERE c.school_id = :school
                        UNION
                        SELECT ct.person_id FROM identity_v_class_teacher ct
                        JOIN org_v_class c ON c.id = ct.class_id WHERE c.school_id = :school
                        UNION
                        SELECT g.guardian_id FROM identity_v_guardianship g
                        JOIN identity_v_class_student cs ON cs.person_id = g.student_id
                        JOIN org_v_class c ON c.id = cs.class_id WHERE c.school_id = :school""")
                .param("school", schoolId).query(Long.class).list();
    }
}
