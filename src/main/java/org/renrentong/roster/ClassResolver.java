package org.renrentong.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.renrentong.identity.Actor;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The school's classes, read from the org module once and staged (grade, name, id) beside the rows, so that every
 * row finds its class by a join. Classes a file names that the school does not have yet are created through the
 * org module (so they get their events, spaces and audit like any other class).
 */
final class ClassResolver {

    private final JdbcClient jdbc;
    private final Staging staging;
    private final Actor actor;
    private final long schoolId;
    private final Schools schools;
    private final Map<Long, String> fullNames = new HashMap<>();

    ClassResolver(JdbcClient jdbc, Staging staging, Actor actor, long schoolId, Schools schools) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.actor = actor;
        this.schoolId = schoolId;
        this.schools = schools;
    }

    record Missing(long gradeId, String name) {
    }

    /** Stages the school's classes and gives each teaching row of an existing class its class id. */
    void load() {
        jdbc.sql("CREATE UNLOGGED TABLE " + staging.classes
                + " (grade_id BIGINT NOT NULL, name TEXT NOT NULL, class_id BIGINT NOT NULL)").update();
        add(schools.classes(actor, schoolId));
    }

    /** "七年级1班", for a class of the school. */
    String fullName(long classId) {
        return fullNames.get(classId);
    }

    /** The classes to create, up to {@code limit + 1} of them (one more tells that the limit is passed). */
    List<Missing> missing(int limit) {
        return jdbc.sql("""
                SELECT DISTINCT grade_id, class_name FROM (SELECT grade_id, class_name FROM %s
                                                           UNION SELECT grade_id, class_name FROM %s) u
                WHERE NOT EXISTS (SELECT 1 FROM %s k WHERE k.grade_id = u.grade_id AND k.name = u.class_name)
                ORDER BY grade_id, class_name LIMIT :limit"""
                .formatted(staging.students, staging.teaching, staging.classes))
                .param("limit", limit + 1)
                .query((rs, n) -> new Missing(rs.getLong(1), rs.getString(2))).list();
    }

    /** Creates the missing classes; returns how many were created. */
    int ensure(int limit) {
        List<Missing> missing = missing(limit);
        add(missing.stream().map(m -> schools.createClass(actor, schoolId, m.gradeId(), m.name())).toList());
        return missing.size();
    }

    /** Stages these classes and resolves the teaching rows that name them. */
    private void add(List<SchoolClass> classes) {
        if (classes.isEmpty()) {
            return;
        }
        classes.forEach(c -> fullNames.put(c.id(), c.fullName()));
        jdbc.sql("INSERT INTO " + staging.classes + " (grade_id, name, class_id) "
                        + "SELECT * FROM unnest(CAST(? AS BIGINT[]), CAST(? AS TEXT[]), CAST(? AS BIGINT[]))")
                .params(classes.stream().map(SchoolClass::gradeId).toArray(Long[]::new),
                        classes.stream().map(SchoolClass::name).toArray(String[]::new),
                        classes.stream().map(SchoolClass::id).toArray(Long[]::new))
                .update();
        jdbc.sql("UPDATE %s r SET class_id = k.class_id FROM %s k WHERE r.class_id IS NULL AND k.grade_id = r.grade_id "
                .formatted(staging.teaching, staging.classes) + "AND k.name = r.class_name").update();
        jdbc.sql("ANALYZE " + staging.classes).update();
    }
}
