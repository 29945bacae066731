package org.renrentong.space;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.renrentong.identity.IdentityEvents;
import org.renrentong.shared.Bookkeeping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The space rows: creation (one by one and set-based), settings, first opening, activity and visits. */
@Repository
class SpaceRepository {

    private static final String SPACE = """
            SELECT sp.id, sp.kind, sp.owner_id, sp.title, sp.intro, sp.visibility, sp.visit_count, sp.region_path,
                   sp.school_id, COALESCE(s.name, r.name) AS place, sp.opened_at, sp.last_active_at
            FROM space sp LEFT JOIN org_v_school s ON s.id = sp.school_id
            LEFT JOIN region_v_region r ON r.path = sp.region_path""";

    /** Where a space lives when its owner is anchored nowhere else. */
    static final String NATIONAL_PATH = "/000000/";

    private final JdbcClient jdbc;

    SpaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Space> find(long id) {
        return jdbc.sql(SPACE + " WHERE sp.id = ?").param(id).query(SpaceRepository::map).optional();
    }

    /** Public bureau and school spaces within a region subtree: bureaus first, the higher levels before the lower. */
    List<Space> publicInstitutional(String pathPrefix, int limit) {
        return jdbc.sql(SPACE + """
                 WHERE sp.kind IN ('BUREAU', 'SCHOOL') AND sp.visibility = 'PUBLIC' AND sp.region_path LIKE ?
                ORDER BY sp.kind, length(sp.region_path), sp.title LIMIT ?""")
                .params(pathPrefix + "%", limit).query(SpaceRepository::map).list();
    }

    Optional<Long> idOf(SpaceKind kind, long ownerId) {
        return jdbc.sql("SELECT id FROM space WHERE kind = ? AND owner_id = ?").params(kind.name(), ownerId)
                .query(Long.class).optional();
    }

    /** Creates the space unless it exists; true when created. */
    boolean insert(SpaceKind kind, long ownerId, String title, String regionPath, Long schoolId) {
        return jdbc.sql("""
                INSERT INTO space (kind, owner_id, title, visibility, region_path, school_id) VALUES (?,?,?,?,?,?)
                ON CONFLICT (kind, owner_id) DO NOTHING""")
                .params(kind.name(), ownerId, clip(title), Visibility.defaultFor(kind).name(),
                        regionPath == null ? NATIONAL_PATH : regionPath, schoolId)
                .update() > 0;
    }

    /** The personal spaces of many new people in one statement; those that exist already stay as they are. */
    int insertPersonal(List<IdentityEvents.Newcomer> people) {
        return jdbc.sql("""
                INSERT INTO space (kind, owner_id, title, visibility, region_path, school_id)
                SELECT 'PERSONAL', u.id, left(COALESCE(NULLIF(btrim(u.name), ''), '-'), 100), :visibility,
                       COALESCE(u.path, :national), u.school
                FROM unnest(CAST(:ids AS BIGINT[]), CAST(:names AS TEXT[]), CAST(:paths AS TEXT[]),
                            CAST(:schools AS BIGINT[])) AS u(id, name, path, school)
                ON CONFLICT (kind, owner_id) DO NOTHING""")
                .param("visibility", Visibility.defaultFor(SpaceKind.PERSONAL).name())
                .param("national", NATIONAL_PATH)
                .param("ids", people.stream().map(IdentityEvents.Newcomer::personId).toArray(Long[]::new))
                .param("names", people.stream().map(IdentityEvents.Newcomer::name).toArray(String[]::new))
                .param("paths", people.stream().map(IdentityEvents.Newcomer::regionPath).toArray(String[]::new))
                .param("schools", people.stream().map(IdentityEvents.Newcomer::schoolId).toArray(Long[]::new))
                .update();
    }

    /**
     * A personal space for someone who has none (e.g. the first platform administrator), placed at their
     * school, else their first region role, else a child's school, else the national root.
     */
    boolean insertPersonalFor(long personId) {
        return jdbc.sql("""
                INSERT INTO space (kind, owner_id, title, visibility, region_path, school_id)
                SELECT 'PERSONAL', p.id, left(p.name, 100), 'MEMBERS',
                       COALESCE(s.region_path,
                                (SELECT r.path FROM identity_v_role_grant g
                                 JOIN region_v_region r ON r.code = g.region_code
                                 WHERE g.person_id = p.id ORDER BY g.id LIMIT 1),
                                (SELECT cs.region_path FROM identity_v_guardianship gs
                                 JOIN identity_v_person c ON c.id = gs.student_id
                                 JOIN org_v_school cs ON cs.id = c.school_id WHERE gs.guardian_id = p.id LIMIT 1),
                                '/000000/'),
                       p.school_id
                FROM identity_v_person p LEFT JOIN org_v_school s ON s.id = p.school_id WHERE p.id = ?
                ON CONFLICT (kind, owner_id) DO NOTHING""").param(personId).update() > 0;
    }

    void updateSettings(long id, String intro, Visibility visibility) {
        jdbc.sql("UPDATE space SET intro = ?, visibility = ? WHERE id = ?").params(intro, visibility.name(), id)
                .update();
    }

    /** The owner looked at their space: opened (the first time) and active now. A tally, nobody's act to audit. */
    @Bookkeeping
    void ownerVisited(long id) {
        jdbc.sql("UPDATE space SET opened_at = COALESCE(opened_at, now()), last_active_at = now() WHERE id = ?")
                .param(id).update();
    }

    /** Someone posted: the space is active; a personal space counts as opened by its owner's post. */
    void posted(long id) {
        jdbc.sql("""
                UPDATE space SET last_active_at = now(),
                       opened_at = CASE WHEN kind = 'PERSONAL' THEN COALESCE(opened_at, now()) ELSE opened_at END
                WHERE id = ?""").param(id).update();
    }

    /** Adds counted visits to many spaces in one statement. */
    void addVisits(Long[] ids, Long[] counts) {
        jdbc.sql("""
                UPDATE space SET visit_count = visit_count + v.n
                FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS v(id, n) WHERE space.id = v.id""")
                .params(ids, counts).update();
    }

    /** The class spaces of some classes: class id to space id. */
    Map<Long, Long> classSpaces(Set<Long> classIds) {
        Map<Long, Long> spaces = new HashMap<>();
        if (!classIds.isEmpty()) {
            jdbc.sql("SELECT owner_id, id FROM space WHERE kind = 'CLASS' AND owner_id IN (:ids)")
                    .param("ids", classIds).query(rs -> {
                        spaces.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return spaces;
    }

    List<String> ownerRoles(long personId) {
        return jdbc.sql("SELECT DISTINCT role FROM identity_v_role_grant WHERE person_id = ? ORDER BY role")
                .param(personId)
                .query(String.class).list();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String clip(String title) {
        String t = title == null || title.isBlank() ? "-" : title.trim();
        return t.length() <= 100 ? t : t.substring(0, 100);
    }

    private static Space map(ResultSet rs, int n) throws SQLException {
        return new Space(rs.getLong("id"), SpaceKind.valueOf(rs.getString("kind")), rs.getLong("owner_id"),
                rs.getString("title"), rs.getString("intro"), Visibility.valueOf(rs.getString("visibility")),
                rs.getLong("visit_count"), rs.getString("region_path"), (Long) rs.getObject("school_id"),
                rs.getString("place"), instant(rs, "opened_at"), instant(rs, "last_active_at"));
    }
}
