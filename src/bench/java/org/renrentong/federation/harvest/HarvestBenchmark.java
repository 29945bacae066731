package org.renrentong.federation.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.harvest.FakeOaiSource.Answer;
import org.renrentong.resource.HarvestedRecord;
import org.renrentong.resource.HarvestedResources;
import org.renrentong.resource.Licence;
import org.renrentong.resource.ResourceChanges;
import org.renrentong.resource.ResourceType;
import org.renrentong.resource.ResourceVisibility;
import org.renrentong.search.ResourceIndex;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How fast a source is harvested (see bench/harvest.sh): bench.records synthetic records served as oai_dc pages of
 * bench.page by a source on this machine, harvested end to end — HTTP, XML, the database, and the search index
 * holding every change. The reference, in the same run: the same number of records stored straight through the
 * resource module's API, page by page, without HTTP and XML.
 */
@IntegrationTest
class HarvestBenchmark {

    private static final String[] WORDS = {"勾股定理", "一元一次方程", "分数的意义", "光合作用", "古诗三首", "电磁感应",
        "化学反应速率", "三角形的面积", "圆的周长", "英语阅读"};

    @Autowired HarvestSources sources;
    @Autowired Harvester harvester;
    @Autowired HarvestedResources harvested;
    @Autowired HarvestingNode node;
    @Autowired ResourceIndex index;
    @Autowired ResourceChanges changes;
    @Autowired Fixtures fixtures;

    @Test
    void harvestASourceEndToEnd() throws Exception {
        int total = Integer.getInteger("bench.records", 100_000);
        int pageSize = Integer.getInteger("bench.page", 1000);
        String code = "bench" + Fixtures.unique();
        int pages = (total + pageSize - 1) / pageSize;
        try (FakeOaiSource oai = new FakeOaiSource()) {
            oai.listRecords(args -> {
                int n = Integer.parseInt(args.getOrDefault("resumptionToken", "0"));
                String[] records = new String[Math.min(pageSize, total - n * pageSize)];
                for (int i = 0; i < records.length; i++) {
                    int id = n * pageSize + i;
                    records[i] = FakeOaiSource.record("oai:" + code + ":resource/" + id, "2026-01-01T00:00:00Z",
                            WORDS[id % WORDS.length] + " 第" + id + "课", WORDS[(id / 7) % WORDS.length], "课件");
                }
                return Answer.ok(FakeOaiSource.page(n + 1 < pages ? String.valueOf(n + 1) : null, records));
            });
            long source = sources.add(fixtures.platformAdmin(),
                    new SourceForm("基准来源", oai.baseUrl(), "oai_dc", null, 60, false, false)).id();

            long start = System.nanoTime();
            assertThat(harvester.run(source)).isTrue();
            double harvestedIn = (System.nanoTime() - start) / 1e9;
            awaitIndexed();
            double indexedIn = (System.nanoTime() - start) / 1e9;

            String other = "ref" + Fixtures.unique();
            long refStart = System.nanoTime();
            for (int n = 0; n < pages; n++) {
                List<HarvestedRecord> page = new ArrayList<>();
                for (int i = 0; i < pageSize && n * pageSize + i < total; i++) {
                    int id = n * pageSize + i;
                    page.add(new HarvestedRecord("oai:" + other + ":resource/" + id,
                            Instant.parse("2026-01-01T00:00:00Z"), false, other, "基准", null, WORDS[id % WORDS.length]
                            + " 第" + id + "课", "说明", List.of(WORDS[(id / 7) % WORDS.length], "课件"),
                            ResourceType.SLIDES, "zh", Licence.CC_BY_4_0, "王老师", List.of(),
                            ResourceVisibility.PUBLIC, null));
                }
                harvested.store(node.actor(), "基准", page);
            }
            double reference = (System.nanoTime() - refStart) / 1e9;
            awaitIndexed();

            String report = String.format("""
                    Harvest benchmark, %s
                    machine: %d cores; Java %s; embedded PostgreSQL 17
                    source: %,d oai_dc records in pages of %,d, served over HTTP on this machine
                    command: bench/harvest.sh %d %d

                    harvest (HTTP, XML, database)            %8.2f s  %,8.0f records/s
                    until the search index holds every one   %8.2f s  %,8.0f records/s  (target >= 3,000)
                    reference: the same stored straight      %8.2f s  %,8.0f records/s  (ratio %.2f)
                    """, java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), total, pageSize, total, pageSize, harvestedIn,
                    total / harvestedIn, indexedIn, total / indexedIn, reference, total / reference,
                    harvestedIn / reference);
            Path out = Path.of("bench", "results", "harvest.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
            assertThat(repositoryRecords(source)).isEqualTo(total);
        }
    }

    @Autowired HarvestRepository repository;

    private int repositoryRecords(long source) {
        return repository.runs(source, 1).get(0).records();
    }

    private void awaitIndexed() throws InterruptedException {
        long giveUpAt = System.nanoTime() + 1_800_000_000_000L;
        while (index.position() < changes.latest() && System.nanoTime() < giveUpAt) {
            Thread.sleep(50);
        }
    }
}
