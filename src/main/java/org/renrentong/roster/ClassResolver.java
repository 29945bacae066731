package org.renrentong.roster;

import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.org.Schools;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Classes named in a file that the school does not have yet are created through the org module (so they get their
 * events, spaces and audit like any other class); then every staged row learns its class id.
 */
final class ClassResolver {

    private final JdbcClient jdbc;
    private final Staging staging;

    ClassResolver(JdbcClient jdbc, Staging staging) {
        this.jdbc = jdbc;
        this.staging = staging;
    }

    record Missing(long gradeId, String name) {
    }

    /** The classes to create, up to {@code limit + 1} of them (one more tells that the limit is passed). */
    List<Missing> missing(int limit) {
        return jdbc.sql("""
                SELECT DISTINCT grade_id, class_name FROM (SELECT grade_id, class_name FROM %s
                                                           UNION SELECT grade_id, class_name FROM %s) u
                WHERE NOT EXISTS (SELECT 1 FROM school_class k WHERE k.grade_id = u.grade_id AND k.name = u.class_name)
                ORDER BY grade_id, class_name LIMIT :limit""".formatted(staging.students, staging.teaching))
                .param("limit", limit + 1)
                .query((rs, n) -> new Missing(rs.getLong(1), rs.getString(2))).list();
    }

    /**
     * Creates the missing classes and resolves the class of every teaching row; returns how many classes were
     * created. Students find their class by (grade, name) when they are written, which spares rewriting every row.
     */
    int ensure(Actor actor, long schoolId, Schools schools, int limit) {
        List<Missing> missing = missing(limit);
        missing.forEach(m -> schools.createClass(actor, schoolId, m.gradeId(), m.name()));
        jdbc.sql("UPDATE %s r SET class_id = k.id FROM school_class k WHERE k.grade_id = r.grade_id "
                .formatted(staging.teaching) + "AND k.name = r.class_name").update();
        return missing.size();
    }
}
