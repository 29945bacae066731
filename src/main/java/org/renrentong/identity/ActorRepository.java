package org.renrentong.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what an actor's scope is made of: grants, anchors, classes and children. */
@Repository
class ActorRepository {

    private final JdbcClient jdbc;
    private final Places places;

    ActorRepository(JdbcClient jdbc, Places places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    private record Grant(long id, Role role, String regionCode, Long schoolId, Long groupId, Long organisationId) {
    }

    record PersonName(String account, String name) {
    }

    PersonName person(long personId) {
        return jdbc.sql("SELECT account, name FROM person WHERE id = ?").param(personId)
                .query((rs, n) -> new PersonName(rs.getString(1), rs.getString(2))).single();
    }

    /** A grant with the region path of its anchor (null when it has none, or it is gone). */
    record PlacedGrant(RoleGrant grant, String path) {
    }

    List<RoleGrant> grants(long personId) {
        return placedGrants(personId).stream().map(PlacedGrant::grant).toList();
    }

    /** The person's grants with the names and paths of their regions and schools, in one lookup per kind. */
    List<PlacedGrant> placedGrants(long personId) {
        List<Grant> grants = jdbc.sql("SELECT id, role, region_code, school_id, group_id, organisation_id "
                        + "FROM role_grant WHERE person_id = ? ORDER BY id")
                .param(personId)
                .query((rs, n) -> new Grant(rs.getLong(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                        (Long) rs.getObject(4), (Long) rs.getObject(5), (Long) rs.getObject(6)))
                .list();
        Map<String, RegionPlaces.Region> regions = places.regions(grants.stream().map(Grant::regionCode).toList());
        Map<Long, SchoolPlaces.School> schools = places.schools(grants.stream().map(Grant::schoolId).toList());
        return grants.stream().map(g -> {
            RegionPlaces.Region region = regions.get(g.regionCode());
            SchoolPlaces.School school = schools.get(g.schoolId());
            RoleGrant grant = new RoleGrant(g.id(), g.role(), g.regionCode(), region == null ? null : region.name(),
                    g.schoolId(), school == null ? null : school.name(), g.groupId(), g.organisationId());
            return new PlacedGrant(grant, school != null ? school.regionPath() : region != null ? region.path() : null);
        }).toList();
    }

    Set<Long> taughtClasses(long personId) {
        return new HashSet<>(jdbc.sql("SELECT class_id FROM class_teacher WHERE person_id = ?").param(personId)
                .query(Long.class).list());
    }

    Set<Long> attendedClasses(long personId) {
        return new HashSet<>(jdbc.sql("SELECT class_id FROM class_student WHERE person_id = ?").param(personId)
                .query(Long.class).list());
    }

    Set<Long> children(long personId) {
        return new HashSet<>(jdbc.sql("SELECT student_id FROM guardianship WHERE guardian_id = ?").param(personId)
                .query(Long.class).list());
    }

    Set<Long> childrenClasses(long personId) {
        return new HashSet<>(jdbc.sql("""
                SELECT cs.class_id FROM guardianship g JOIN class_student cs ON cs.person_id = g.student_id
                WHERE g.guardian_id = ?""").param(personId).query(Long.class).list());
    }
}
