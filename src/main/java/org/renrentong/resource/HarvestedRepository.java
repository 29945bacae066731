package org.renrentong.resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.taxonomy.TreePlace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The set-based writes of harvested pages: each statement takes the whole page as arrays (unnest). */
@Repository
class HarvestedRepository {

    static final int MAX_KEYWORDS = 20;

    private final JdbcClient jdbc;
    private final TextbookTree tree;

    HarvestedRepository(JdbcClient jdbc, TextbookTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    /** A resource the upsert wrote: its id, the identifier it has, and whether it is new. */
    record Upserted(long id, String identifier, boolean created) {
    }

    /** Inserts new records and updates those whose stored copy is older; the others are left as they are. */
    List<Upserted> upsert(List<HarvestedRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        int n = records.size();
        String[][] columns = new String[12][n];
        for (int i = 0; i < n; i++) {
            HarvestedRecord r = records.get(i);
            columns[0][i] = cut(r.identifier(), 300);
            columns[1][i] = r.datestamp().toString();
            columns[2][i] = cut(r.originCode(), 32);
            columns[3][i] = cut(r.originName(), 200);
            columns[4][i] = cut(blankTo(r.title(), r.identifier()), 200);
            columns[5][i] = cut(blankTo(r.description(), ""), 5000);
            columns[6][i] = (r.type() == null ? ResourceType.MATERIAL : r.type()).name();
            columns[7][i] = cut(blankTo(r.language(), "zh"), 16);
            columns[8][i] = (r.licence() == null ? Licence.ALL_RIGHTS_RESERVED : r.licence()).name();
            columns[9][i] = cut(blankTo(r.author(), r.originName()), 100);
            columns[10][i] = (r.visibility() == ResourceVisibility.SIGNED_IN ? ResourceVisibility.SIGNED_IN
                    : ResourceVisibility.PUBLIC).name();
            columns[11][i] = cut(r.originUrl(), 1000);
        }
        return jdbc.sql("""
                INSERT INTO resource (title, description, type, audiences, language, licence, author, organisation,
                    region_path, origin, visibility, status, published_at, origin_identifier, origin_name, origin_url,
                    origin_datestamp)
                SELECT t.title, t.description, t.type, 'TEACHER', t.language, t.licence, t.author, t.origin_name, '',
                    t.origin, t.visibility, 'PUBLISHED', now(), t.identifier, t.origin_name, t.url,
                    CAST(t.stamp AS timestamptz)
                FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                    CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                    CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]))
                    AS t(identifier, stamp, origin, origin_name, title, description, type, language, licence, author,
                         visibility, url)
                ON CONFLICT (origin_identifier) DO UPDATE SET title = EXCLUDED.title,
                    description = EXCLUDED.description, type = EXCLUDED.type, language = EXCLUDED.language,
                    licence = EXCLUDED.licence, author = EXCLUDED.author, organisation = EXCLUDED.organisation,
                    origin = EXCLUDED.origin, visibility = EXCLUDED.visibility, origin_name = EXCLUDED.origin_name,
                    origin_url = EXCLUDED.origin_url, origin_datestamp = EXCLUDED.origin_datestamp,
                    updated_at = now(), status = 'PUBLISHED',
                    published_at = CASE WHEN resource.status = 'PUBLISHED' THEN resource.published_at ELSE now() END
                WHERE resource.origin_datestamp < EXCLUDED.origin_datestamp
                RETURNING id, origin_identifier, (xmax = 0) AS created""")
                .params((Object[]) columns)
                .query((rs, i) -> new Upserted(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    /** The keywords and textbook-tree places of the written resources, replaced by the records' ones. */
    void replaceKeywordsAndPlaces(List<Upserted> written, List<HarvestedRecord> records) {
        if (written.isEmpty()) {
            return;
        }
        Map<String, HarvestedRecord> byIdentifier = new HashMap<>();
        records.forEach(r -> byIdentifier.put(cut(r.identifier(), 300), r));
        Long[] ids = written.stream().map(Upserted::id).toArray(Long[]::new);
        jdbc.sql("DELETE FROM resource_keyword WHERE resource_id = ANY(?)").param(ids).update();
        jdbc.sql("DELETE FROM resource_place WHERE resource_id = ANY(?)").param(ids).update();
        List<Long> kwIds = new ArrayList<>();
        List<Integer> kwPositions = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        List<Long> placeIds = new ArrayList<>();
        List<Long> nodeIds = new ArrayList<>();
        List<Integer> placePositions = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        Map<String, TreePlace> places = tree.placesAt(written.stream()
                .flatMap(u -> byIdentifier.get(u.identifier()).placeCodePaths().stream()).collect(Collectors.toSet()));
        for (Upserted u : written) {
            HarvestedRecord r = byIdentifier.get(u.identifier());
            List<String> words = r.keywords().stream().filter(k -> k != null && !k.isBlank())
                    .map(k -> cut(k.strip(), 50)).distinct().limit(MAX_KEYWORDS).toList();
            for (int i = 0; i < words.size(); i++) {
                kwIds.add(u.id());
                kwPositions.add(i);
                keywords.add(words.get(i));
            }
            Set<Long> seen = new LinkedHashSet<>();
            for (String path : r.placeCodePaths()) {
                TreePlace p = places.get(path);
                if (p != null && seen.add(p.nodeId())) {
                    placeIds.add(u.id());
                    nodeIds.add(p.nodeId());
                    placePositions.add(seen.size() - 1);
                    subjects.add(p.subjectCode());
                }
            }
        }
        if (!kwIds.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO resource_keyword (resource_id, position, keyword)
                    SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS int[]), CAST(? AS text[]))""")
                    .params(kwIds.toArray(Long[]::new), kwPositions.toArray(Integer[]::new),
                            keywords.toArray(String[]::new)).update();
        }
        if (!placeIds.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO resource_place (resource_id, node_id, position, subject_code)
                    SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS int[]), CAST(? AS text[]))""")
                    .params(placeIds.toArray(Long[]::new), nodeIds.toArray(Long[]::new),
                            placePositions.toArray(Integer[]::new), subjects.toArray(String[]::new)).update();
        }
    }

    /** Withdraws the published resources of records deleted at their source (unless a newer copy is stored). */
    List<Long> withdraw(List<HarvestedRecord> deleted) {
        if (deleted.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                UPDATE resource r SET status = 'WITHDRAWN', updated_at = now(),
                    origin_datestamp = CAST(t.stamp AS timestamptz)
                FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS t(identifier, stamp)
                WHERE r.origin_identifier = t.identifier AND r.status = 'PUBLISHED'
                  AND r.origin_datestamp <= CAST(t.stamp AS timestamptz)
                RETURNING r.id""")
                .params(deleted.stream().map(r -> cut(r.identifier(), 300)).toArray(String[]::new),
                        deleted.stream().map(r -> r.datestamp().toString()).toArray(String[]::new))
                .query(Long.class).list();
    }

    /** Remembers the names and levels of the nodes of origin of these records (the newest wins; a level once known stays). */
    void rememberOrigins(List<HarvestedRecord> records) {
        Map<String, HarvestedRecord> latest = new HashMap<>();
        records.stream().filter(r -> r.originName() != null && !r.originName().isBlank())
                .forEach(r -> latest.put(cut(r.originCode(), 32), r));
        if (latest.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO resource_origin (code, name, level)
                SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]))
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name,
                    level = COALESCE(EXCLUDED.level, resource_origin.level)
                WHERE resource_origin.name <> EXCLUDED.name
                   OR EXCLUDED.level IS DISTINCT FROM resource_origin.level AND EXCLUDED.level IS NOT NULL""")
                .params(latest.keySet().toArray(String[]::new),
                        latest.values().stream().map(r -> cut(r.originName(), 200)).toArray(String[]::new),
                        latest.values().stream().map(r -> cut(r.originLevel(), 16)).toArray(String[]::new))
                .update();
    }

    /** A node of origin met by harvesting; the level is null when its records never said it. */
    record Origin(String name, String level) {
    }

    /** The nodes of origin met by harvesting, by code. */
    Map<String, Origin> origins() {
        Map<String, Origin> origins = new HashMap<>();
        jdbc.sql("SELECT code, name, level FROM resource_origin").query(rs -> {
            origins.put(rs.getString(1), new Origin(rs.getString(2), rs.getString(3)));
        });
        return origins;
    }

    private static String blankTo(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
