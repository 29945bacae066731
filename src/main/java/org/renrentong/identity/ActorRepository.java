package org.renrentong.identity;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /** A grant with the region path of its anchor (null when it has none, or it is gone). */
    record PlacedGrant(RoleGrant grant, String path) {
    }

    List<RoleGrant> grants(long personId) {
        return placedGrants(personId).stream().map(PlacedGrant::grant).toList();
    }

    /** The person's grants with the names and paths of their regions and schools, in one lookup per kind. */
    List<PlacedGrant> placedGrants(long personId) {
        return placed(jdbc.sql("SELECT id, role, region_code, school_id, group_id, organisation_id "
                        + "FROM role_grant WHERE person_id = ? ORDER BY id")
                .param(personId)
                .query((rs, n) -> new Grant(rs.getLong(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                        (Long) rs.getObject(4), (Long) rs.getObject(5), (Long) rs.getObject(6)))
                .list());
    }

    /** An enabled person signed in under an account (or phone), and their placed grants. */
    record SignedIn(long personId, List<PlacedGrant> grants) {
    }

    /**
     * The enabled person the sign-in name stands for (the account before a phone number, as at sign-in), with their
     * grants in one statement; empty for an unknown or disabled account.
     */
    Optional<SignedIn> signedIn(String login) {
        record Row(long personId, Grant grant) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT p.id, g.id, g.role, g.region_code, g.school_id, g.group_id, g.organisation_id
                FROM (SELECT id, enabled FROM person WHERE account = :login OR phone = :login
                      ORDER BY (account = :login) DESC LIMIT 1) p
                LEFT JOIN role_grant g ON g.person_id = p.id
                WHERE p.enabled ORDER BY g.id""")
                .param("login", login)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2) == null ? null
                        : new Grant(rs.getLong(2), Role.valueOf(rs.getString(3)), rs.getString(4),
                                (Long) rs.getObject(5), (Long) rs.getObject(6), (Long) rs.getObject(7))))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Grant> grants = rows.stream().map(Row::grant).filter(Objects::nonNull).toList();
        return Optional.of(new SignedIn(rows.get(0).personId(), placed(grants)));
    }

    private List<PlacedGrant> placed(List<Grant> grants) {
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

    /**
     * What a person's roles may need besides their grants, in one statement: their name, the classes they teach and
     * attend, their children and their children's classes.
     */
    record Belongings(PersonName person, Set<Long> taught, Set<Long> attended, Set<Long> children,
                      Set<Long> childrenClasses) {
    }

    Belongings belongings(long personId) {
        return jdbc.sql("""
                SELECT p.account, p.name,
                       ARRAY(SELECT class_id FROM class_teacher WHERE person_id = p.id),
                       ARRAY(SELECT class_id FROM class_student WHERE person_id = p.id),
                       ARRAY(SELECT student_id FROM guardianship WHERE guardian_id = p.id),
                       ARRAY(SELECT cs.class_id FROM guardianship g JOIN class_student cs ON cs.person_id = g.student_id
                             WHERE g.guardian_id = p.id)
                FROM person p WHERE p.id = ?""").param(personId)
                .query((rs, n) -> new Belongings(new PersonName(rs.getString(1), rs.getString(2)), ids(rs.getArray(3)),
                        ids(rs.getArray(4)), ids(rs.getArray(5)), ids(rs.getArray(6)))).single();
    }

    private static Set<Long> ids(Array array) throws SQLException {
        // two children in one class bring that class twice
        return Set.copyOf(Arrays.asList((Long[]) array.getArray()));
    }
}
