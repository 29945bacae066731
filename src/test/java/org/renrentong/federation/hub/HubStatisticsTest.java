package org.renrentong.federation.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.hub.HubReport.Level;
import org.renrentong.identity.Actor;
import org.renrentong.resource.HarvestedRecord;
import org.renrentong.resource.HarvestedResources;
import org.renrentong.resource.Licence;
import org.renrentong.resource.ResourceType;
import org.renrentong.resource.ResourceVisibility;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.ThisNode;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hub's statistics over local resources and resources harvested from a joined county and from an external
 * source, in two subjects (数学, 语文), and from a school reached through the county (its level carried by its records):
 * the figures by origin (named, with level and last harvest), by level and by
 * subject, a withdrawn record not counted, and the same figures in the .xlsx export's three sheets. The database is
 * shared with other tests, so shared rows (levels, subjects, this node) are checked as differences.
 */
@IntegrationTest
class HubStatisticsTest {

    private static final Instant CHILD_HARVESTED = Instant.parse("2026-03-01T02:30:00Z");

    @Autowired Fixtures fixtures;
    @Autowired ResourceFixtures resources;
    @Autowired HarvestedResources harvested;
    @Autowired HubStatistics statistics;
    @Autowired HubStatisticsExport export;
    @Autowired TextbookTree tree;
    @Autowired ThisNode thisNode;
    @Autowired JdbcClient jdbc;

    @Test
    void figuresByOriginLevelAndSubjectAndTheirExport() throws Exception {
        Actor admin = fixtures.platformAdmin();
        TreeNode mathsLesson = resources.lesson("2", "14");
        String maths = tree.place(mathsLesson.id()).codePath();
        String chinese = tree.place(resources.lesson("2", "13").id()).codePath();
        String child = "hubc" + Fixtures.unique();
        String childName = "长安区节点" + Fixtures.unique();
        long childSource = source(childName, child);
        jdbc.sql("""
                INSERT INTO node_peer (code, relation, name, level, region_code, base_url, key_id, public_key)
                VALUES (?, 'CHILD', ?, 'COUNTY', '130102', 'http://127.0.0.1:1', 'k', '\\x00')""")
                .params(child, childName).update();
        jdbc.sql("""
                INSERT INTO harvest_run (source_id, status, started_at, finished_at) VALUES (?, 'DONE', ?, ?),
                    (?, 'FAILED', ?, ?)""")
                .params(childSource, Timestamp.from(CHILD_HARVESTED.minusSeconds(60)), Timestamp.from(CHILD_HARVESTED),
                        childSource, Timestamp.from(CHILD_HARVESTED.plusSeconds(60)),
                        Timestamp.from(CHILD_HARVESTED.plusSeconds(120))).update();
        String publisher = "出版社资源库" + Fixtures.unique();
        long external = source(publisher, null);
        HubReport before = statistics.report(admin);

        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        resources.publish(resources.aResource(teacher).at(mathsLesson).build(), teacher, admin);
        harvested.store(admin, childName, List.of(record(child, childName, null, 1, maths),
                record(child, childName, null, 2, maths), record(child, childName, null, 3, chinese)));
        // a school that joined the county: its records come through the county's source, saying their level
        String grandchild = "hubg" + Fixtures.unique();
        String grandchildName = "长安区第一小学" + Fixtures.unique();
        harvested.store(admin, childName, List.of(record(grandchild, grandchildName, "SCHOOL", 1, maths)));
        String outside = "source-" + external;
        harvested.store(admin, publisher, List.of(record(outside, publisher, null, 1, chinese),
                record(outside, publisher, null, 2, chinese)));
        harvested.store(admin, publisher, List.of(HarvestedRecord.deleted("oai:" + outside + ":resource/2",
                Instant.parse("2026-02-02T00:00:00Z"), outside, publisher)));
        HubReport after = statistics.report(admin);

        assertThat(after.origins()).filteredOn(o -> o.code().equals(child)).singleElement()
                .isEqualTo(new HubReport.OriginRow(child, childName, Level.COUNTY, false, 3, CHILD_HARVESTED));
        assertThat(after.origins()).filteredOn(o -> o.code().equals(grandchild)).singleElement()
                .isEqualTo(new HubReport.OriginRow(grandchild, grandchildName, Level.SCHOOL, false, 1, null));
        assertThat(after.origins()).filteredOn(o -> o.code().equals(outside)).singleElement()
                .isEqualTo(new HubReport.OriginRow(outside, publisher, Level.OTHER, false, 1, null));
        HubReport.OriginRow local = after.origins().stream().filter(HubReport.OriginRow::local).findFirst()
                .orElseThrow();
        assertThat(local.name()).isEqualTo(thisNode.name());
        assertThat(local.resources() - localOf(before)).isEqualTo(1);
        assertThat(after.total() - before.total()).isEqualTo(6);
        assertThat(after.harvested() - before.harvested()).isEqualTo(5);

        Map<Level, Long> levels = difference(levels(before), levels(after));
        Level own = Level.valueOf(thisNode.level());
        assertThat(levels).containsEntry(Level.COUNTY, own == Level.COUNTY ? 4L : 3L).containsEntry(Level.OTHER, 1L)
                .containsEntry(Level.SCHOOL, own == Level.SCHOOL ? 2L : 1L);
        assertThat(after.levels()).extracting(HubReport.LevelRow::level).containsExactly(Level.values());
        Map<String, Long> subjects = difference(subjects(before), subjects(after));
        assertThat(subjects).containsEntry("数学", 4L).containsEntry("语文", 2L);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(admin, after, out, Locale.SIMPLIFIED_CHINESE);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("按来源节点", "按来源节点级别", "按学科");
            List<Row> origins = sheets.get(0).read();
            assertThat(origins.get(0).getCellText(0)).isEqualTo("来源节点");
            Row childRow = origins.stream().filter(r -> childName.equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(childRow.getCellText(1)).isEqualTo("县级");
            assertThat(childRow.getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(3);
            assertThat(childRow.getCellText(3)).isEqualTo("2026-03-01 10:30");
            Row last = origins.get(origins.size() - 1);
            assertThat(last.getCellText(0)).isEqualTo("合计");
            assertThat(last.getCellAsNumber(2).orElseThrow().longValue()).isEqualTo(after.total());
            assertThat(cell(sheets.get(1).read(), "县级")).isEqualTo(levels(after).get(Level.COUNTY));
            assertThat(cell(sheets.get(1).read(), "其他来源")).isEqualTo(levels(after).get(Level.OTHER));
            assertThat(cell(sheets.get(2).read(), "数学")).isEqualTo(subjects(after).get("数学"));
            assertThat(cell(sheets.get(2).read(), "语文")).isEqualTo(subjects(after).get("语文"));
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND target_type = 'hub_statistics'""")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void onlyThePlatformAdministratorReadsThem() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        assertThatThrownBy(() -> statistics.report(teacher)).isInstanceOf(DomainException.class);
    }

    private long source(String name, String nodeCode) {
        return jdbc.sql("""
                INSERT INTO harvest_source (name, base_url, metadata_prefix, interval_minutes, state, node_code)
                VALUES (?, 'http://127.0.0.1:9/oai', 'lom', 60, 'PAUSED', ?) RETURNING id""")
                .params(name, nodeCode).query(Long.class).single();
    }

    private static HarvestedRecord record(String code, String name, String level, int n, String place) {
        return new HarvestedRecord("oai:" + code + ":resource/" + n, Instant.parse("2026-02-01T00:00:00Z"), false,
                code, name, level, "汇聚资源" + n, "说明", List.of("勾股定理"), ResourceType.SLIDES, "zh", Licence.CC_BY_4_0,
                "王老师", List.of(place), ResourceVisibility.PUBLIC, null);
    }

    private static long localOf(HubReport report) {
        return report.origins().stream().filter(HubReport.OriginRow::local).mapToLong(HubReport.OriginRow::resources)
                .sum();
    }

    private static Map<Level, Long> levels(HubReport report) {
        return report.levels().stream().collect(Collectors.toMap(HubReport.LevelRow::level,
                HubReport.LevelRow::resources));
    }

    private static Map<String, Long> subjects(HubReport report) {
        return report.subjects().stream().filter(s -> s.name() != null).collect(Collectors.toMap(
                HubReport.SubjectRow::name, HubReport.SubjectRow::resources));
    }

    private static <K> Map<K, Long> difference(Map<K, Long> before, Map<K, Long> after) {
        return after.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)));
    }

    private static long cell(List<Row> rows, String name) {
        return rows.stream().filter(r -> name.equals(r.getCellText(0))).findFirst().orElseThrow()
                .getCellAsNumber(1).orElseThrow().longValue();
    }
}
