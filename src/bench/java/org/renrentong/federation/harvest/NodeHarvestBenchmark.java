package org.renrentong.federation.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.renrentong.bench.ProcessCpu;
import org.renrentong.testing.StatementCounter;
import org.renrentong.resource.ResourceChanges;
import org.renrentong.search.ResourceIndex;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.NodeProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Harvesting a real node (see bench/harvest-nodes.sh): a source node runs as its own process on its own data
 * directory and port, filled set-based with bench.records published public resources (clones of one of its demo
 * resources, with keywords and a textbook-tree place) and their OAI-PMH records, as its feed writes them; once its
 * {@code ListIdentifiers} counts them all, this node (the parent) adds it as a {@code lom} source and harvests it
 * completely, end to end into its database and search index. The reference, in the same run: the same records read
 * straight from the source's database (the columns the OAI records carry), streamed with a fetch size.
 * Figures: bench/results/harvest-nodes.txt.
 */
@IntegrationTest
class NodeHarvestBenchmark {

    private static final Pattern COMPLETE_LIST_SIZE = Pattern.compile("completeListSize=\"(\\d+)\"");

    @Autowired HarvestSources sources;
    @Autowired Harvester harvester;
    @Autowired HarvestRepository repository;
    @Autowired ResourceIndex index;
    @Autowired ResourceChanges changes;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void harvestARealNode() throws Exception {
        int total = Integer.getInteger("bench.records", 100_000);
        int page = Integer.getInteger("bench.page", 500);
        String code = "bsrc" + System.currentTimeMillis() % 1_000_000;
        Path dir = Path.of("target", "bench", "harvest-nodes-" + code);
        try (NodeProcess source = new NodeProcess(dir, "--renrentong.node.code=" + code,
                "--renrentong.node.name=基准来源学校节点", "--renrentong.node.level=SCHOOL",
                "--renrentong.node.region=130102", "--renrentong.oai.page-records=" + page,
                "--renrentong.oai.page-identifiers=" + Math.max(page, 500)).start()) {
            String url = "jdbc:postgresql://localhost:" + source.databasePort() + "/postgres";
            long fillStart = System.nanoTime();
            long visible;
            try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                fill(db, total);
                visible = count(db, "SELECT count(*) FROM oai_record WHERE widest >= 2");
            }
            String oai = source.uri("/oai").toString();
            long listed = completeListSize(oai);
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            assertThat(listed).as("ListIdentifiers counts every record").isEqualTo(visible);
            long before = jdbc.sql("SELECT count(*) FROM resource WHERE origin = ?").param(code).query(Long.class)
                    .single();

            int parentDatabase = databasePort();
            long statements = StatementCounter.all();
            long jvmCpu = ProcessCpu.thisJvm();
            long databaseCpu = ProcessCpu.postgres(parentDatabase);
            int sourceDatabase = source.databasePort();
            long sourceJvmCpu = ProcessCpu.of(source.pid());
            long sourceDatabaseCpu = ProcessCpu.postgres(sourceDatabase);
            long start = System.nanoTime();
            long id = sources.add(fixtures.platformAdmin(),
                    new SourceForm("基准来源学校节点", oai, "lom", null, 60, false, false)).id();
            if (!harvester.run(id)) {
                awaitRunDone(id); // the schedule took it first
            }
            double harvestedIn = (System.nanoTime() - start) / 1e9;
            assertThat(repository.errors(id, 5)).as("what the harvest met").isEmpty();
            awaitIndexed();
            double indexedIn = (System.nanoTime() - start) / 1e9;
            long stored = jdbc.sql("SELECT count(*) FROM resource WHERE origin = ?").param(code).query(Long.class)
                    .single() - before;
            awaitOwnFeed();
            double thousands = stored / 1000.0;
            double statementsPer = (StatementCounter.all() - statements) / thousands;
            double jvmPer = (ProcessCpu.thisJvm() - jvmCpu) / thousands;
            double databasePer = (ProcessCpu.postgres(parentDatabase) - databaseCpu) / thousands;
            double sourceJvmPer = (ProcessCpu.of(source.pid()) - sourceJvmCpu) / thousands;
            double sourceDatabasePer = (ProcessCpu.postgres(sourceDatabase) - sourceDatabaseCpu) / thousands;

            long refStart = System.nanoTime();
            long read;
            try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                read = readStraight(db);
            }
            double reference = (System.nanoTime() - refStart) / 1e9;

            HarvestRun run = repository.runs(id, 1).get(0);
            String report = String.format("""
                    Harvest of a real node, %s
                    machine: %d cores; Java %s; embedded PostgreSQL 17; load before the harvest: %s
                    (the machine's 2 cores are shared with other work running at the same time: absolute figures vary)
                    source: a node in its own JVM (-Xmx768m) and PostgreSQL on this machine, %,d published public
                      resources filled set-based in %.1f s (%,d records a visitor harvests, its ListIdentifiers
                      completeListSize); format lom, %d records a page (renrentong.oai.page-records)
                    parent: this node (the benchmark's JVM, -Xmx4g) and its own PostgreSQL
                    command: bench/harvest-nodes.sh %d %d

                    harvest (HTTP, OAI-PMH, XML, database)   %8.2f s  %,8.0f records/s  (%,d records, %,d pages)
                    until the search index holds every one   %8.2f s  %,8.0f records/s  (target >= 3,000)
                    reference: read straight from the source's
                      database (JDBC, fetch size 1,000)      %8.2f s  %,8.0f records/s  (ratio %.1f)

                    the parent's cost per 1,000 records (harvest, search index and its own OAI-PMH records; counts
                    that do not depend on the machine's load): %,.0f SQL statements, %,.0f CPU ms in its JVM,
                    %,.0f CPU ms in its PostgreSQL; the source's: %,.0f CPU ms in its JVM, %,.0f in its PostgreSQL;
                    all four: %,.0f CPU ms (3,000 records/s on 2 cores leaves at most 667)
                    """, java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), Files.readString(Path.of("/proc/loadavg")).trim(), total,
                    fillSeconds, visible, page, total, page, harvestedIn, stored / harvestedIn, run.records(),
                    run.pages(), indexedIn, stored / indexedIn, reference, read / reference, indexedIn / reference,
                    statementsPer, jvmPer, databasePer, sourceJvmPer, sourceDatabasePer,
                    jvmPer + databasePer + sourceJvmPer + sourceDatabasePer);
            Path out = Path.of("bench", "results", "harvest-nodes.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
            assertThat(stored).isEqualTo(visible);
            assertThat(read).isEqualTo(visible);
        }
        FileSystemUtils.deleteRecursively(dir.toFile());
    }

    /**
     * Clones of one published public demo resource (its place, keywords and file), and their OAI-PMH records with
     * seqs drawn from the change log's sequence in id order, as the node's feed writes them. No change-log rows: the
     * source's own search index would otherwise index them during the harvest, which is not what is measured.
     */
    private static void fill(Connection db, int count) throws Exception {
        awaitFeed(db);
        try (Statement s = db.createStatement()) {
            long template = count(db, """
                    SELECT r.id FROM resource r JOIN oai_record o ON o.resource_id = r.id
                    WHERE r.status = 'PUBLISHED' AND r.visibility = 'PUBLIC' AND o.reach = 2
                      AND EXISTS (SELECT 1 FROM resource_place p WHERE p.resource_id = r.id)
                      AND EXISTS (SELECT 1 FROM resource_keyword k WHERE k.resource_id = r.id)
                    ORDER BY r.id LIMIT 1""");
            long before = count(db, "SELECT max(id) FROM resource");
            s.executeUpdate("""
                    INSERT INTO resource (title, description, type, audiences, language, licence, author, owner_id,
                        school_id, organisation, region_path, origin, visibility, status, version, created_at,
                        updated_at, published_at)
                    SELECT (ARRAY['勾股定理','一元二次方程','光合作用','静夜思','牛顿第一定律','化学反应速率',
                                  '三角形内角和','分数的意义'])[1 + n %% 8] || (ARRAY['教学设计','课件','微课',
                                  '评测练习'])[1 + n %% 4] || n,
                           t.description, t.type, t.audiences, t.language, t.licence,
                           (ARRAY['王','李','张','刘','陈','杨','赵','黄'])[1 + n %% 8] || '老师', t.owner_id,
                           t.school_id, t.organisation, t.region_path, t.origin, 'PUBLIC', 'PUBLISHED', 1, now(),
                           now(), now()
                    FROM resource t, generate_series(1, %d) n WHERE t.id = %d""".formatted(count, template));
            s.executeUpdate("""
                    INSERT INTO resource_keyword (resource_id, position, keyword)
                    SELECT r.id, k.position, k.keyword FROM resource r, resource_keyword k
                    WHERE r.id > %d AND k.resource_id = %d""".formatted(before, template));
            s.executeUpdate("""
                    INSERT INTO resource_place (resource_id, node_id, position, subject_code)
                    SELECT r.id, p.node_id, p.position, p.subject_code FROM resource r, resource_place p
                    WHERE r.id > %d AND p.resource_id = %d""".formatted(before, template));
            s.executeUpdate("""
                    INSERT INTO resource_file (resource_id, version, file_id, role, position)
                    SELECT r.id, 1, f.file_id, f.role, f.position FROM resource r, resource_file f
                    WHERE r.id > %d AND f.resource_id = %d
                      AND f.version = (SELECT version FROM resource WHERE id = %d)""".formatted(before, template,
                    template));
            s.executeUpdate("""
                    INSERT INTO oai_record (resource_id, identifier, last_seq, datestamp, reach, widest, set_specs)
                    SELECT r.id, 'oai:' || r.origin || ':resource/' || r.id, nextval('resource_change_seq'),
                           date_trunc('second', clock_timestamp()), 2, 2, t.set_specs
                    FROM (SELECT id, origin FROM resource WHERE id > %d ORDER BY id) r,
                         oai_record t WHERE t.resource_id = %d""".formatted(before, template));
            s.execute("ANALYZE");
        }
    }

    /** Until the source's OAI-PMH feed has followed its change log (the demo data) to the end. */
    private static void awaitFeed(Connection db) throws Exception {
        long giveUpAt = System.nanoTime() + 600_000_000_000L;
        while (count(db, "SELECT position FROM oai_feed WHERE id = 1")
                < count(db, "SELECT COALESCE(max(seq), 0) FROM resource_change") && System.nanoTime() < giveUpAt) {
            Thread.sleep(200);
        }
    }

    /** The columns the OAI records carry, read in the provider's order, every value taken out of the result. */
    private static long readStraight(Connection db) throws Exception {
        db.setAutoCommit(false); // the driver streams with a fetch size only inside a transaction
        long rows = 0;
        long chars = 0;
        try (Statement s = db.createStatement()) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery("""
                    SELECT o.identifier, o.datestamp, o.set_specs, r.title, r.description, r.type, r.language,
                           r.licence, r.author, r.organisation, r.origin, r.visibility, r.published_at,
                           (SELECT array_agg(k.keyword ORDER BY k.position) FROM resource_keyword k
                            WHERE k.resource_id = r.id) AS keywords,
                           (SELECT array_agg(n.path || n.code ORDER BY p.position) FROM resource_place p
                            JOIN textbook_node n ON n.id = p.node_id WHERE p.resource_id = r.id) AS places
                    FROM oai_record o JOIN resource r ON r.id = o.resource_id
                    WHERE o.widest >= 2 ORDER BY o.last_seq""")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        String value = rs.getString(c);
                        chars += value == null ? 0 : value.length();
                    }
                    rows++;
                }
            }
        }
        db.commit();
        assertThat(chars).isPositive();
        return rows;
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long completeListSize(String oai) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(oai
                + "?verb=ListIdentifiers&metadataPrefix=lom")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = COMPLETE_LIST_SIZE.matcher(response.body());
        assertThat(m.find()).as(response.body().substring(0, Math.min(2000, response.body().length()))).isTrue();
        return Long.parseLong(m.group(1));
    }

    private void awaitRunDone(long source) throws InterruptedException {
        long giveUpAt = System.nanoTime() + 3_600_000_000_000L;
        while (System.nanoTime() < giveUpAt && (repository.runs(source, 1).isEmpty()
                || repository.runs(source, 1).get(0).status() == HarvestRun.Status.RUNNING)) {
            Thread.sleep(50);
        }
    }

    /** Until this node's own OAI-PMH records follow its change log to the end (it re-exposes what it harvested). */
    private void awaitOwnFeed() throws InterruptedException {
        long giveUpAt = System.nanoTime() + 3_600_000_000_000L;
        while (jdbc.sql("SELECT position FROM oai_feed WHERE id = 1").query(Long.class).single() < changes.latest()
                && System.nanoTime() < giveUpAt) {
            Thread.sleep(50);
        }
    }

    private int databasePort() {
        Matcher m = Pattern.compile("//[^:/]+:(\\d+)/").matcher(((HikariDataSource) dataSource).getJdbcUrl());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private void awaitIndexed() throws InterruptedException {
        long giveUpAt = System.nanoTime() + 3_600_000_000_000L;
        while (index.position() < changes.latest() && System.nanoTime() < giveUpAt) {
            Thread.sleep(50);
        }
    }
}
