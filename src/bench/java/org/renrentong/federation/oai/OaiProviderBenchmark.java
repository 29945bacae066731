package org.renrentong.federation.oai;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.resource.Resource;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The OAI-PMH provider over HTTP with bench.records (1,000,000) published public resources: ListRecords in
 * bench.format (lom) for the first page against the last page (its resumption token built for the seq the last page
 * starts after, as a harvester following the chain would hold it), the second and a middle page, each RUNS times.
 * The first page also counts the list (once per harvest, carried in the token); the second page is the reference
 * without that count.
 * The resources are clones of one published through the services, written set-based; the provider's records for
 * them are written beside them as its feed would from the change log (no change-log rows, so the search index does
 * not start indexing a million resources during the run). Figures: bench/results/oai-provider.txt.
 */
@IntegrationTest
class OaiProviderBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    OaiFeed feed;
    @Autowired
    OaiRecords records;
    @Autowired
    OaiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void firstPageAgainstLastPage() throws Exception {
        int count = Integer.getInteger("bench.records", 1_000_000);
        int runs = Integer.getInteger("bench.runs", 15);
        int page = Integer.getInteger("renrentong.oai.page-records", 100);
        String format = System.getProperty("bench.format", "lom");
        long started = System.nanoTime();
        fill(count);
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        var all = new OaiRecords.Selection(OaiReach.VISITORS, null, null, null);
        long total = records.count(all);

        String first = "verb=ListRecords&metadataPrefix=" + format;
        String second = "verb=ListRecords&resumptionToken=" + token(format, total - page, total);
        String middle = "verb=ListRecords&resumptionToken=" + token(format, total / 2, total);
        String last = "verb=ListRecords&resumptionToken=" + token(format, page, total);
        List<Double> firstMs = time(runs, first);
        List<Double> secondMs = time(runs, second);
        List<Double> middleMs = time(runs, middle);
        List<Double> lastMs = time(runs, last);

        String report = String.format("""
                OAI-PMH provider, ListRecords first page against last page — %s
                machine: %d cores, %d MB max heap; load %s
                data: %,d published public resources (%,d records a visitor harvests); filled in %.1f s
                format %s, %d records a page, over HTTP one request at a time; %d runs each after 3 warm-ups;
                times in ms: median (min–max)
                first page (counts the list once)       %s
                second page (token at %,d)             %s
                middle page (token at %,d)         %s
                last page (token at %,d)           %s
                ratio last / first (median)             %.2f
                ratio last / second (median)            %.2f
                """, java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, Files.readString(Path.of("/proc/loadavg")).trim(), count,
                total, fillSeconds, format, page, runs, stats(firstMs), page, stats(secondMs), total / 2, stats(middleMs),
                total - page, stats(lastMs), median(lastMs) / median(firstMs), median(lastMs) / median(secondMs));
        Path out = Path.of("bench", "results", "oai-provider.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** The token a harvester holds for the page that starts `fromEnd` records before the end of the list. */
    private String token(String format, long fromEnd, long total) {
        long after = jdbc.sql("""
                SELECT min(last_seq) - 1 FROM (SELECT last_seq FROM oai_record WHERE widest >= 2
                                               ORDER BY last_seq DESC LIMIT ?) s""")
                .param(fromEnd).query(Long.class).single();
        return tokens.encode(new OaiTokens.State(format, null, null, null, after, total - fromEnd, total,
                Instant.now().plusSeconds(3600)));
    }

    /** Clones of one published resource (with its place, keywords and file), and their records, set-based. */
    private void fill(int count) {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource template = resources.publish(resources.aResource(teacher).at(resources.lesson("2", "14"))
                .titled("勾股定理教学设计").keywords("勾股定理", "直角三角形").build(), teacher,
                fixtures.platformAdmin());
        feed.catchUp();
        long before = jdbc.sql("SELECT max(id) FROM resource").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO resource (title, description, type, audiences, language, licence, author, owner_id,
                    school_id, organisation, region_path, origin, visibility, status, version, created_at,
                    updated_at, published_at)
                SELECT (ARRAY['勾股定理','一元二次方程','光合作用','静夜思','牛顿第一定律','化学反应速率',
                              '三角形内角和','分数的意义'])[1 + n % 8] || (ARRAY['教学设计','课件','微课',
                              '评测练习'])[1 + n % 4] || n,
                       t.description, t.type, t.audiences, t.language, t.licence,
                       (ARRAY['王','李','张','刘','陈','杨','赵','黄'])[1 + n % 8] || '老师', t.owner_id,
                       t.school_id, t.organisation, t.region_path, t.origin, 'PUBLIC', 'PUBLISHED', 1, now(), now(),
                       now()
                FROM resource t, generate_series(1, :count) n WHERE t.id = :template""")
                .param("count", count).param("template", template.id()).update();
        jdbc.sql("""
                INSERT INTO resource_keyword (resource_id, position, keyword)
                SELECT r.id, k.position, k.keyword FROM resource r, resource_keyword k
                WHERE r.id > :before AND k.resource_id = :template""")
                .param("before", before).param("template", template.id()).update();
        jdbc.sql("""
                INSERT INTO resource_place (resource_id, node_id, position, subject_code)
                SELECT r.id, p.node_id, p.position, p.subject_code FROM resource r, resource_place p
                WHERE r.id > :before AND p.resource_id = :template""")
                .param("before", before).param("template", template.id()).update();
        jdbc.sql("""
                INSERT INTO resource_file (resource_id, version, file_id, role, position)
                SELECT r.id, 1, f.file_id, f.role, f.position FROM resource r, resource_file f
                WHERE r.id > :before AND f.resource_id = :template AND f.version = 1""")
                .param("before", before).param("template", template.id()).update();
        // seqs drawn from the change log's sequence, in id order, as a feed following one publication each would
        jdbc.sql("""
                INSERT INTO oai_record (resource_id, identifier, last_seq, datestamp, reach, widest, set_specs)
                SELECT r.id, 'oai:' || r.origin || ':resource/' || r.id, nextval('resource_change_seq'),
                       clock_timestamp(), 2, 2, t.set_specs
                FROM (SELECT id, origin FROM resource WHERE id > :before ORDER BY id) r,
                     oai_record t WHERE t.resource_id = :template""")
                .param("before", before).param("template", template.id()).update();
        jdbc.sql("ANALYZE").update();
    }

    private List<Double> time(int runs, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oai?" + query)).build();
        for (int i = 0; i < 3; i++) {
            check(http.send(request, HttpResponse.BodyHandlers.ofString()));
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            check(http.send(request, HttpResponse.BodyHandlers.ofString()));
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        return ms;
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200 || response.body().contains("<error") || !response.body().contains("<record>")) {
            throw new IllegalStateException(response.body().substring(0, Math.min(2000, response.body().length())));
        }
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static String stats(List<Double> sorted) {
        return String.format("%8.1f (%.1f–%.1f)", median(sorted), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
