package org.renrentong.bench.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.renrentong.bench.search.ResourceCorpus;
import org.renrentong.bench.Load;
import org.renrentong.bench.search.SearchQueryMix;
import org.renrentong.search.Facet;
import org.renrentong.search.LuceneResourceIndex;
import org.renrentong.search.SearchQuery;
import org.renrentong.search.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Search over HTTP (GET /api/v1/resources, as a visitor) against the node's own index of a synthetic corpus, and
 * the same queries straight against that index in the same run, both open loop at a fixed rate (see
 * bench/search-http.sh). The index is kept under target/bench and reused while it holds the same number of
 * documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchHttpBenchmark {

    static final int DOCS = Integer.getInteger("bench.docs", 1_000_000);

    @LocalServerPort
    int port;
    @Autowired
    LuceneResourceIndex index;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("renrentong.data-dir", () -> "target/bench/http-search-" + DOCS);
    }

    @Test
    void httpAgainstDirect() throws Exception {
        int queries = Integer.getInteger("bench.queries", 3_000);
        double rate = Double.parseDouble(System.getProperty("bench.rate", "100"));
        ResourceCorpus corpus = new ResourceCorpus(2026);
        Thread.sleep(3_000);    // lets the start-up refill of a new, empty index finish before it is filled here
        String build = "reused from an earlier run";
        if (index.size() != DOCS) {
            long start = System.nanoTime();
            index.rebuild(corpus.documents(DOCS));
            build = String.format("%.1f s", (System.nanoTime() - start) / 1e9);
        }
        assertThat(index.size()).isEqualTo(DOCS);
        List<SearchQuery> mix = new SearchQueryMix(corpus, 7).queries(queries).stream()
                .map(SearchHttpBenchmark::asVisitor).toList();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int rounds = Integer.getInteger("bench.rounds", 3);
        List<SearchQuery> warmUp = mix.subList(0, Math.min(1_000, queries));
        Load.closedLoop(warmUp, 2, q -> get(http, q));
        Load.closedLoop(warmUp, 2, index::search);
        String loadBefore = loadAverage();
        // the two sides take turns, so neither is always the one that runs on a fresher or a more tired machine;
        // each run starts on a searcher of its own, with none of the other's answers cached
        List<Load.Latencies> overHttp = new ArrayList<>();
        List<Load.Latencies> direct = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            index.put(corpus.document(1));
            direct.add(Load.openLoop(mix, rate, 32, index::search));
            index.put(corpus.document(1));
            overHttp.add(Load.openLoop(mix, rate, 32, q -> get(http, q)));
        }
        String report = String.format("""
                Search benchmark over HTTP against direct Lucene, %s
                machine: %d cores; Java %s; heap %d MiB
                data: %,d synthetic resources (ResourceCorpus seed 2026), index build: %s
                queries: %,d of SearchQueryMix seed 7 as a visitor (%,d distinct), open loop at %.0f/s, page size 20 with facets
                %d rounds, direct and HTTP taking turns, each run on a new searcher with an empty answer cache;
                warm-up: 1,000 queries each way; median (min-max) of the rounds
                command: bench/search-http.sh %d %d

                run                    p50 ms               p95 ms               p99 ms               queries/s
                HTTP /api/v1/resources %s
                direct Lucene          %s
                p99 ratio HTTP/direct: %.2f

                load average: %s -> %s (other work on the machine shares its cores)
                """, LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, DOCS, build, queries, new HashSet<>(mix).size(), rate, rounds,
                DOCS, queries, row(overHttp), row(direct), median(overHttp, l -> l.percentileMillis(99))
                        / median(direct, l -> l.percentileMillis(99)), loadBefore, loadAverage());
        Path out = Path.of("bench", "results", "search-http.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static String row(List<Load.Latencies> runs) {
        return cell(runs, l -> l.percentileMillis(50)) + cell(runs, l -> l.percentileMillis(95))
                + cell(runs, l -> l.percentileMillis(99)) + cell(runs, Load.Latencies::perSecond);
    }

    private static String cell(List<Load.Latencies> runs, ToDoubleFunction<Load.Latencies> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        return String.format("%-21s", String.format("%.1f (%.1f-%.1f)", median(runs, figure), values[0],
                values[values.length - 1]));
    }

    private static double median(List<Load.Latencies> runs, ToDoubleFunction<Load.Latencies> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        return values[values.length / 2];
    }

    private static SearchQuery asVisitor(SearchQuery q) {
        return new SearchQuery(q.text(), q.placeId(), q.filters(), q.sort(), Viewer.anonymous(), q.page(), q.size());
    }

    private void get(HttpClient http, SearchQuery q) {
        StringBuilder url = new StringBuilder("http://localhost:" + port + "/api/v1/resources?size=" + q.size()
                + "&page=" + q.page() + "&sort=" + q.sort().name() + "&q=" + URLEncoder.encode(q.text(),
                StandardCharsets.UTF_8));
        if (q.placeId() != null) {
            url.append("&placeId=").append(q.placeId());
        }
        for (Map.Entry<Facet, Set<String>> filter : q.filters().entrySet()) {
            for (String value : filter.getValue()) {
                url.append('&').append(filter.getKey().name().toLowerCase()).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url.toString())).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for " + url);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
