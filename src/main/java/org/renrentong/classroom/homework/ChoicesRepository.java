package org.renrentong.classroom.homework;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The classes a teacher teaches, with their students, to assign homework to. */
@Repository
class ChoicesRepository {

    private final JdbcClient jdbc;

    ChoicesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FormChoices.ClassChoice> classes(Collection<Long> classIds) {
        if (classIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = classIds.toArray(Long[]::new);
        return jdbc.sql("SELECT id, grade_name || name FROM org_v_class WHERE id = ANY(?) ORDER BY year_level, name")
                .param(ids).query((rs, n) -> new FormChoices.ClassChoice(rs.getLong(1), rs.getString(2),
                        students(rs.getLong(1)))).list();
    }

    private List<FormChoices.StudentChoice> students(long classId) {
        return jdbc.sql("""
                SELECT p.id, p.name FROM identity_v_class_student s JOIN identity_v_person p ON p.id = s.person_id
                WHERE s.class_id = ? ORDER BY p.name, p.id""").param(classId)
                .query((rs, n) -> new FormChoices.StudentChoice(rs.getLong(1), rs.getString(2))).list();
    }
}
