package org.renrentong.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.renrentong.identity.SchoolPlaces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers identity's questions about schools and classes from org's own tables. */
@Component
class OrgSchoolPlaces implements SchoolPlaces {

    private final JdbcClient jdbc;

    OrgSchoolPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, School> schools(Collection<Long> ids) {
        Map<Long, School> found = new HashMap<>();
        jdbc.sql("SELECT id, name, region_path FROM school WHERE id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    found.put(rs.getLong(1), new School(rs.getLong(1), rs.getString(2), rs.getString(3)));
                });
        return found;
    }

    @Override
    public Map<Long, SchoolClass> classes(Collection<Long> ids) {
        Map<Long, SchoolClass> found = new HashMap<>();
        jdbc.sql("""
                SELECT c.id, s.id, s.region_path, g.name || c.name, g.year_level
                FROM school_class c JOIN grade g ON g.id = c.grade_id JOIN school s ON s.id = c.school_id
                WHERE c.id IN (:ids)""").param("ids", ids)
                .query(rs -> {
                    found.put(rs.getLong(1), new SchoolClass(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getInt(5)));
                });
        return found;
    }
}
