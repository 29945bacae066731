package org.renrentong.roster;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives every person of a school, and every guardian of its students, their personal space (一人一空间), set-based.
 * Stands in for the space module's {@code Spaces.ensurePersonalSpaces(schoolId)} until that facade is merged.
 */
@Component
class PersonalSpaces {

    private final JdbcClient jdbc;

    PersonalSpaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void ensure(long schoolId, String schoolPath) {
        jdbc.sql("""
                INSERT INTO space (kind, owner_id, title, region_path, school_id)
                SELECT 'PERSONAL', p.id, p.name, :path, :school FROM person p
                WHERE p.school_id = :school
                  AND NOT EXISTS (SELECT 1 FROM space s WHERE s.kind = 'PERSONAL' AND s.owner_id = p.id)
                ON CONFLICT (kind, owner_id) DO NOTHING""")
                .param("path", schoolPath).param("school", schoolId).update();
        jdbc.sql("""
                INSERT INTO space (kind, owner_id, title, region_path)
                SELECT 'PERSONAL', g.id, g.name, :path FROM person g
                WHERE g.id IN (SELECT gs.guardian_id FROM guardianship gs JOIN person c ON c.id = gs.student_id
                               WHERE c.school_id = :school)
                  AND NOT EXISTS (SELECT 1 FROM space s WHERE s.kind = 'PERSONAL' AND s.owner_id = g.id)
                ON CONFLICT (kind, owner_id) DO NOTHING""")
                .param("path", schoolPath).param("school", schoolId).update();
    }
}
