package org.renrentong.apps.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Apps, the scopes they ask for, their applications and decisions by region, and the schools that hide them. */
@Repository
class AppRepository {

    private static final String COLUMNS = """
            SELECT a.id, a.provider_id, p.name AS provider_name, a.name, a.category, a.description, a.audiences,
                   a.stages, a.subjects, a.launch_url, a.redirect_uris, a.filing_number, a.client_id,
                   a.suspended_at IS NOT NULL AS suspended, a.changes_asked_at IS NOT NULL AS changes_asked,
                   a.changes_refusal
            FROM app a JOIN app_provider p ON p.id = a.provider_id""";

    private final JdbcClient jdbc;

    AppRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of the app table, before its scopes and regions are added. */
    private record Row(long id, long providerId, String providerName, String name, AppCategory category,
                       String description, Set<Audience> audiences, Set<String> stages, Set<String> subjects,
                       String launchUrl, List<String> redirectUris, String filingNumber, String clientId,
                       boolean suspended, boolean changesAsked, String changesRefusal) {
    }

    long insert(long providerId, AppRules.Checked app) {
        long id = jdbc.sql("""
                INSERT INTO app (provider_id, name, category, description, audiences, stages, subjects, launch_url,
                                 redirect_uris, filing_number)
                VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id""")
                .params(providerId, app.name(), app.category().name(), app.description(),
                        app.audiences().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")),
                        String.join(" ", app.stages()), String.join(" ", app.subjects()), app.launchUrl(),
                        String.join("\n", app.redirectUris()), app.filingNumber())
                .query(Long.class).single();
        insertScopes(id, app.scopes());
        return id;
    }

    /** The app as its provider edited it; {@code widened}: the edit waits for a region that approved the app. */
    void update(long id, AppRules.Checked app, boolean widened) {
        jdbc.sql("""
                UPDATE app SET name = ?, category = ?, description = ?, audiences = ?, stages = ?, subjects = ?,
                               launch_url = ?, redirect_uris = ?, filing_number = ?,
                               changes_asked_at = CASE WHEN ? THEN coalesce(changes_asked_at, now()) END,
                               changes_refusal = CASE WHEN ? THEN NULL ELSE changes_refusal END
                WHERE id = ?""")
                .params(app.name(), app.category().name(), app.description(),
                        app.audiences().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")),
                        String.join(" ", app.stages()), String.join(" ", app.subjects()), app.launchUrl(),
                        String.join("\n", app.redirectUris()), app.filingNumber(), widened, widened, id)
                .update();
        jdbc.sql("DELETE FROM app_scope WHERE app_id = ?").param(id).update();
        insertScopes(id, app.scopes());
    }

    /** The widening edit was approved: nothing waits any more. */
    void changesApproved(long id) {
        jdbc.sql("UPDATE app SET changes_asked_at = NULL, changes_refusal = NULL WHERE id = ?").param(id).update();
    }

    /** The widening edit was refused: the app asks again only for the approved scopes and redirect URIs. */
    void changesRefused(long id, Set<String> approvedScopes, List<String> approvedRedirects, String reason) {
        jdbc.sql("UPDATE app SET changes_asked_at = NULL, changes_refusal = ?, redirect_uris = ? WHERE id = ?")
                .params(reason, String.join("\n", approvedRedirects), id).update();
        jdbc.sql("DELETE FROM app_scope WHERE app_id = :id AND scope NOT IN (:kept)").param("id", id)
                .param("kept", approvedScopes.isEmpty() ? Set.of("") : approvedScopes).update();
    }

    private void insertScopes(long id, Map<String, String> scopes) {
        scopes.forEach((scope, purpose) -> jdbc.sql(
                "INSERT INTO app_scope (app_id, scope, purpose) VALUES (?,?,?)").params(id, scope, purpose).update());
    }

    Optional<App> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE a.id = ?").param(id).query(AppRepository::row).optional().map(this::app);
    }

    Optional<App> byClientId(String clientId) {
        return jdbc.sql(COLUMNS + " WHERE a.client_id = ?").param(clientId).query(AppRepository::row).optional()
                .map(this::app);
    }

    List<App> ofProvider(long providerId) {
        return jdbc.sql(COLUMNS + " WHERE a.provider_id = ? ORDER BY a.id DESC").param(providerId)
                .query(AppRepository::row).list().stream().map(this::app).toList();
    }

    List<App> all(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " WHERE a.id IN (:ids) ORDER BY a.name, a.id").param("ids", ids)
                .query(AppRepository::row).list().stream().map(this::app).toList();
    }

    /** Apps with a decision or application in the region subtree of the path (or anywhere for the national one). */
    List<App> decidedWithin(String path) {
        return jdbc.sql(COLUMNS + """
                         WHERE a.id IN (SELECT r.app_id FROM app_region r
                                        JOIN region_v_region g ON g.code = r.region_code
                                        WHERE g.path LIKE :path || '%')
                        ORDER BY a.id DESC LIMIT 500""").param("path", path)
                .query(AppRepository::row).list().stream().map(this::app).toList();
    }

    /** Active apps approved or opted out of at these regions: app id → region code → decision. */
    Map<Long, Map<String, Decision>> decisiveAt(Collection<String> regionCodes) {
        Map<Long, Map<String, Decision>> decisions = new LinkedHashMap<>();
        if (regionCodes.isEmpty()) {
            return decisions;
        }
        jdbc.sql("""
                SELECT r.app_id, r.region_code, r.decision FROM app_region r JOIN app a ON a.id = r.app_id
                WHERE a.client_id IS NOT NULL AND a.suspended_at IS NULL AND r.region_code IN (:codes)
                  AND r.decision IN ('APPROVED', 'OPTED_OUT')""").param("codes", regionCodes)
                .query((rs, n) -> decisions.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), Decision.valueOf(rs.getString(3))))
                .list();
        return decisions;
    }

    Optional<Decision> decision(long appId, String regionCode) {
        return jdbc.sql("SELECT decision FROM app_region WHERE app_id = ? AND region_code = ?")
                .params(appId, regionCode).query((rs, n) -> Decision.valueOf(rs.getString(1))).optional();
    }

    /** Applies (again, after a refusal) to the region: PENDING. */
    void apply(long appId, String regionCode) {
        jdbc.sql("""
                INSERT INTO app_region (app_id, region_code, decision) VALUES (?,?,'PENDING')
                ON CONFLICT (app_id, region_code) DO UPDATE SET decision = 'PENDING', reason = NULL,
                    decided_by = NULL, decided_at = NULL, applied_at = now()""").params(appId, regionCode).update();
    }

    /** Records a decision at the region, over whatever stood there. */
    void decide(long appId, String regionCode, Decision decision, String reason, long decidedBy) {
        jdbc.sql("""
                INSERT INTO app_region (app_id, region_code, decision, reason, decided_by, decided_at)
                VALUES (?,?,?,?,?,now())
                ON CONFLICT (app_id, region_code) DO UPDATE SET decision = EXCLUDED.decision, reason = EXCLUDED.reason,
                    decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at""")
                .params(appId, regionCode, decision.name(), reason, decidedBy).update();
    }

    /** Removes an opt-out: the approval above reaches the region again. */
    boolean optIn(long appId, String regionCode) {
        return jdbc.sql("DELETE FROM app_region WHERE app_id = ? AND region_code = ? AND decision = 'OPTED_OUT'")
                .params(appId, regionCode).update() == 1;
    }

    void clientRegistered(long appId, String clientId) {
        jdbc.sql("UPDATE app SET client_id = ? WHERE id = ?").params(clientId, appId).update();
    }

    void suspend(long appId) {
        jdbc.sql("UPDATE app SET suspended_at = now() WHERE id = ?").param(appId).update();
    }

    void reinstate(long appId) {
        jdbc.sql("UPDATE app SET suspended_at = NULL WHERE id = ?").param(appId).update();
    }

    /** Adds the file as the app's next screenshot: its position. */
    int addScreenshot(long appId, long fileId) {
        return jdbc.sql("""
                INSERT INTO app_screenshot (app_id, position, file_id)
                VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM app_screenshot WHERE app_id = ?), ?)
                RETURNING position""").params(appId, appId, fileId).query(Integer.class).single();
    }

    Optional<Long> screenshotFile(long appId, int position) {
        return jdbc.sql("SELECT file_id FROM app_screenshot WHERE app_id = ? AND position = ?")
                .params(appId, position).query(Long.class).optional();
    }

    void hide(long appId, long schoolId) {
        jdbc.sql("INSERT INTO app_hidden (app_id, school_id) VALUES (?,?) ON CONFLICT DO NOTHING")
                .params(appId, schoolId).update();
    }

    void show(long appId, long schoolId) {
        jdbc.sql("DELETE FROM app_hidden WHERE app_id = ? AND school_id = ?").params(appId, schoolId).update();
    }

    /** The apps the schools hide from their people. */
    Set<Long> hiddenAt(Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.sql("SELECT app_id FROM app_hidden WHERE school_id IN (:ids)")
                .param("ids", schoolIds).query(Long.class).list());
    }

    private App app(Row r) {
        Map<String, String> scopes = new LinkedHashMap<>();
        jdbc.sql("SELECT scope, purpose FROM app_scope WHERE app_id = ?").param(r.id())
                .query((rs, n) -> scopes.put(rs.getString(1), rs.getString(2))).list();
        Map<String, String> ordered = new LinkedHashMap<>();
        AppRules.SCOPES.stream().filter(scopes::containsKey).forEach(s -> ordered.put(s, scopes.get(s)));
        List<RegionDecision> regions = jdbc.sql("""
                SELECT r.region_code, g.name, g.path, r.decision, r.reason, r.decided_at
                FROM app_region r JOIN region_v_region g ON g.code = r.region_code
                WHERE r.app_id = ? ORDER BY g.path""").param(r.id())
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp(6);
                    return new RegionDecision(rs.getString(1), rs.getString(2), rs.getString(3),
                            Decision.valueOf(rs.getString(4)), rs.getString(5), at == null ? null : at.toInstant());
                }).list();
        List<Integer> screenshots = jdbc.sql("SELECT position FROM app_screenshot WHERE app_id = ? ORDER BY position")
                .param(r.id()).query(Integer.class).list();
        return new App(r.id(), r.providerId(), r.providerName(), r.name(), r.category(), r.description(),
                r.audiences(), r.stages(), r.subjects(), r.launchUrl(), r.redirectUris(), ordered, r.filingNumber(),
                r.clientId(), r.suspended(), regions, screenshots, r.changesAsked(), r.changesRefusal());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        words(rs.getString("audiences")).forEach(a -> audiences.add(Audience.valueOf(a)));
        return new Row(rs.getLong("id"), rs.getLong("provider_id"), rs.getString("provider_name"),
                rs.getString("name"), AppCategory.valueOf(rs.getString("category")), rs.getString("description"),
                audiences, new TreeSet<>(words(rs.getString("stages"))), new TreeSet<>(words(rs.getString("subjects"))),
                rs.getString("launch_url"), List.of(rs.getString("redirect_uris").split("\n")),
                rs.getString("filing_number"), rs.getString("client_id"), rs.getBoolean("suspended"),
                rs.getBoolean("changes_asked"), rs.getString("changes_refusal"));
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }
}
