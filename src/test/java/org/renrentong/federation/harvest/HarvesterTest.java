package org.renrentong.federation.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renrentong.federation.harvest.FakeOaiSource.deleted;
import static org.renrentong.federation.harvest.FakeOaiSource.page;
import static org.renrentong.federation.harvest.FakeOaiSource.record;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.harvest.FakeOaiSource.Answer;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceSearch;
import org.renrentong.resource.Resources;
import org.renrentong.resource.ReviewStatus;
import org.renrentong.search.SearchHit;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.ThisNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.renrentong.identity.Actor;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Harvesting a small OAI-PMH source: page by page, incrementally, resuming after a failure without duplicates,
 * and refusing what a broken or hostile source sends without writing any of that page.
 */
@IntegrationTest
class HarvesterTest {

    @Autowired Fixtures fixtures;
    @Autowired HarvestSources sources;
    @Autowired Harvester harvester;
    @Autowired HarvestRepository repository;
    @Autowired Resources resources;
    @Autowired ResourceSearch search;
    @Autowired JdbcClient jdbc;
    @Autowired ResourceFixtures resourceFixtures;
    @LocalServerPort int port;
    @Autowired ThisNode thisNode;

    FakeOaiSource oai;
    String code;

    @BeforeEach
    void source() throws Exception {
        oai = new FakeOaiSource();
        code = "school" + Fixtures.unique();
    }

    @AfterEach
    void close() {
        oai.close();
    }

    private String id(int n) {
        return "oai:" + code + ":resource/" + n;
    }

    private long addSource(String name) {
        return sources.add(fixtures.platformAdmin(), new SourceForm(name, oai.baseUrl(), "oai_dc", null, 60, false, false)).id();
    }

    private Long resourceOf(String identifier) {
        return jdbc.sql("SELECT id FROM resource WHERE origin_identifier = ?").param(identifier).query(Long.class)
                .optional().orElse(null);
    }

    private long changesOf(long resourceId) {
        return jdbc.sql("SELECT count(*) FROM resource_change WHERE resource_id = ?").param(resourceId)
                .query(Long.class).single();
    }

    private HarvestSource stored(long sourceId) {
        return repository.find(sourceId).orElseThrow();
    }

    @Test
    void pagesBecomePublishedResourcesWithTheirOriginFoundByAChineseKeyword() {
        String word = "勾股定理" + Fixtures.unique();
        oai.listRecords(args -> args.containsKey("resumptionToken")
                ? Answer.ok(page(null, record(id(2), "2026-01-02T00:00:00Z", "三角形内角和")))
                : Answer.ok(page("t1", record(id(1), "2026-01-01T00:00:00Z", word + "的证明", "直角三角形"))));
        long source = addSource("长安区第一小学");

        assertThat(harvester.run(source)).isTrue();

        Resource r = resources.get(null, resourceOf(id(1)));
        assertThat(r.published()).isTrue();
        assertThat(r.harvested()).isTrue();
        assertThat(r.originIdentifier()).isEqualTo(id(1));
        assertThat(r.origin()).isEqualTo(code);
        assertThat(r.originName()).isEqualTo("长安区第一小学");
        assertThat(r.keywords()).containsExactly("直角三角形");
        assertThat(r.files()).isEmpty();
        assertThat(resourceOf(id(2))).isNotNull();
        HarvestRun run = repository.runs(source, 1).get(0);
        assertThat(run.status()).isEqualTo(HarvestRun.Status.DONE);
        assertThat(run.pages()).isEqualTo(2);
        assertThat(run.records()).isEqualTo(2);
        assertThat(stored(source).harvestedFrom()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                search.find(null, word, null, Map.of(), null, 0, 20).hits().stream().map(SearchHit::id))
                .contains(r.id()));
    }

    @Test
    void theSecondRunAsksFromTheLastDatestampAndSkipsWhatIsUnchanged() {
        String first = record(id(1), "2026-01-01T00:00:05Z", "分数的意义");
        oai.listRecords(args -> Answer.ok(page(null, first)));
        long source = addSource("增量来源");
        harvester.run(source);
        long id = resourceOf(id(1));
        long changes = changesOf(id);

        oai.listRecords(args -> Answer.ok(page(null, first, record(id(2), "2026-01-01T00:00:05Z", "分数的加法"))));
        repository.due(source);
        harvester.run(source);

        List<Map<String, String>> asked = oai.asked();
        assertThat(asked.get(0)).doesNotContainKey("from");
        assertThat(asked.get(1)).containsEntry("from", "2026-01-01T00:00:05Z");
        assertThat(changesOf(id)).as("the unchanged record is not written again").isEqualTo(changes);
        assertThat(resourceOf(id(2))).isNotNull();
    }

    @Test
    void aRunKilledHalfwayGoesOnFromTheLastCommittedPageWithoutDuplicates() {
        oai.listRecords(args -> switch (args.getOrDefault("resumptionToken", "")) {
            case "" -> Answer.ok(page("p2", record(id(1), "2026-02-01T00:00:00Z", "第一页")));
            case "p2" -> new Answer(503, "busy", 0);
            default -> Answer.ok(page(null, record(id(3), "2026-02-01T00:00:02Z", "第三页")));
        });
        long source = addSource("半途中断");
        harvester.run(source);

        HarvestSource cut = stored(source);
        assertThat(cut.inProgress()).isTrue();
        assertThat(cut.resumptionToken()).isEqualTo("p2");
        assertThat(cut.failures()).isEqualTo(1);
        assertThat(cut.nextRunAt()).isAfter(Instant.now());
        assertThat(repository.errors(source, 1).get(0)).satisfies(e -> {
            assertThat(e.reason()).isEqualTo("HTTP_STATUS");
            assertThat(e.resumptionToken()).isEqualTo("p2");
            assertThat(e.url()).contains("resumptionToken=p2");
        });

        oai.listRecords(args -> switch (args.getOrDefault("resumptionToken", "")) {
            case "" -> Answer.ok(page("p2", record(id(1), "2026-02-01T00:00:00Z", "第一页")));
            case "p2" -> Answer.ok(page("p3", record(id(2), "2026-02-01T00:00:01Z", "第二页")));
            default -> Answer.ok(page(null, record(id(3), "2026-02-01T00:00:02Z", "第三页")));
        });
        repository.due(source);
        harvester.run(source);

        assertThat(oai.asked().get(oai.asked().size() - 2)).containsEntry("resumptionToken", "p2");
        assertThat(oai.asked()).hasSize(4);
        assertThat(jdbc.sql("SELECT count(*) FROM resource WHERE origin = ?").param(code).query(Long.class).single())
                .isEqualTo(3);
        HarvestRun run = repository.runs(source, 1).get(0);
        assertThat(run.status()).isEqualTo(HarvestRun.Status.DONE);
        assertThat(run.records()).isEqualTo(3);
        assertThat(stored(source).failures()).isZero();
        assertThat(stored(source).inProgress()).isFalse();
    }

    @Test
    void aNodeKilledMidRunHoldsTheSourceUntilItsLeaseEndsThenTheRunGoesOnFromItsToken() {
        oai.listRecords(args -> switch (args.getOrDefault("resumptionToken", "")) {
            case "" -> Answer.ok(page("p2", record(id(1), "2026-02-01T00:00:00Z", "第一页")));
            default -> Answer.ok(page(null, record(id(2), "2026-02-01T00:00:01Z", "第二页")));
        });
        long source = addSource("被杀的节点");
        long run = repository.startRun(source, null);
        // what a node killed after committing the first page leaves behind
        jdbc.sql("""
                UPDATE harvest_source SET resumption_token = 'p2', leased_by = 'dead-node',
                    leased_until = now() + interval '1 hour' WHERE id = ?""").param(source).update();

        assertThat(harvester.run(source)).as("the dead node's lease still runs").isFalse();

        jdbc.sql("UPDATE harvest_source SET leased_until = now() - interval '1 second' WHERE id = ?").param(source)
                .update();
        assertThat(harvester.run(source)).isTrue();

        assertThat(oai.asked()).hasSize(1).first().isEqualTo(Map.of("verb", "ListRecords", "resumptionToken", "p2"));
        assertThat(resourceOf(id(2))).isNotNull();
        assertThat(repository.runs(source, 1).get(0)).satisfies(r -> {
            assertThat(r.id()).isEqualTo(run);
            assertThat(r.status()).isEqualTo(HarvestRun.Status.DONE);
        });
    }

    @Test
    void anExpiredTokenRestartsTheRunFromItsFrom() {
        oai.listRecords(args -> args.containsKey("resumptionToken")
                ? Answer.ok(FakeOaiSource.error("badResumptionToken"))
                : Answer.ok(page(null, record(id(1), "2026-02-01T00:00:00Z", "重新开始"))));
        long source = addSource("令牌过期");
        jdbc.sql("UPDATE harvest_source SET run_id = ?, resumption_token = 'old' WHERE id = ?")
                .params(repository.startRun(source, null), source).update();

        harvester.run(source);

        assertThat(resourceOf(id(1))).isNotNull();
        assertThat(stored(source).inProgress()).isFalse();
        assertThat(repository.errors(source, 1).get(0).reason()).isEqualTo("BAD_TOKEN");
    }

    @Test
    void brokenXmlIsReportedAndNothingOfThePageIsWritten() {
        oai.listRecords(args -> Answer.ok(page(null, record(id(1), "2026-03-01T00:00:00Z", "好记录"))
                .replace("</ListRecords>", "<record><header>")));
        long source = addSource("坏 XML");

        harvester.run(source);

        assertThat(resourceOf(id(1))).isNull();
        assertThat(repository.errors(source, 1).get(0).reason()).isEqualTo("BROKEN_XML");
        assertThat(repository.runs(source, 1).get(0).status()).isEqualTo(HarvestRun.Status.FAILED);
    }

    @Test
    void aDtdWithAnExternalEntityIsRefused() {
        oai.listRecords(args -> Answer.ok("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + page(null, record(id(1), "2026-03-01T00:00:00Z", "&x;")).substring(38)));
        long source = addSource("外部实体");

        harvester.run(source);

        assertThat(resourceOf(id(1))).isNull();
        assertThat(repository.errors(source, 1).get(0).reason()).isEqualTo("BROKEN_XML");
    }

    @Test
    void aDatestampInTheFutureStopsTheRun() {
        oai.listRecords(args -> Answer.ok(page(null, record(id(1), "2026-03-01T00:00:00Z", "今天"),
                record(id(2), "2099-01-01T00:00:00Z", "未来"))));
        long source = addSource("未来时间");

        harvester.run(source);

        assertThat(resourceOf(id(1))).isNull();
        assertThat(repository.errors(source, 1).get(0).reason()).isEqualTo("FUTURE_DATESTAMP");
        assertThat(stored(source).harvestedFrom()).isNull();
    }

    @Test
    void aRepeatedResumptionTokenIsALoopAndStopsTheRun() {
        oai.listRecords(args -> Answer.ok(page("again", record(id(1), "2026-03-01T00:00:00Z", "循环"))));
        long source = addSource("循环令牌");

        harvester.run(source);

        assertThat(oai.asked()).hasSize(2);
        assertThat(repository.errors(source, 1).get(0).reason()).isEqualTo("REPEATED_TOKEN");
        assertThat(resourceOf(id(1))).as("the first page was good and stays").isNotNull();
    }

    @Test
    void aSourceThatDoesNotAnswerInTimeFailsAndBacksOff() {
        oai.listRecords(args -> new Answer(200, page(null), 8000));
        long source = addSource("超时");

        harvester.run(source);

        assertThat(repository.errors(source, 1).get(0).reason()).isEqualTo("TIMEOUT");
        assertThat(stored(source).nextRunAt()).isAfter(Instant.now().plusSeconds(30));
    }

    @Test
    void anOaiErrorIsReported() {
        oai.listRecords(args -> Answer.ok(FakeOaiSource.error("cannotDisseminateFormat")));
        long source = addSource("不支持格式");

        harvester.run(source);

        assertThat(repository.errors(source, 1).get(0).detail()).contains("cannotDisseminateFormat");
    }

    @Test
    void aRecordDeletedAtTheSourceIsWithdrawnAndLeavesSearch() {
        String word = "圆的面积" + Fixtures.unique();
        oai.listRecords(args -> Answer.ok(page(null, record(id(1), "2026-04-01T00:00:00Z", word))));
        long source = addSource("删除");
        harvester.run(source);
        long id = resourceOf(id(1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> found(word, id));

        oai.listRecords(args -> Answer.ok(page(null, deleted(id(1), "2026-04-02T00:00:00Z"))));
        repository.due(source);
        harvester.run(source);

        assertThat(jdbc.sql("SELECT status FROM resource WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(ReviewStatus.WITHDRAWN.name());
        assertThat(repository.runs(source, 1).get(0).deleted()).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !found(word, id));
        assertThatThrownBy(() -> resources.get(null, id)).isInstanceOf(DomainException.class);
    }

    private boolean found(String word, long id) {
        return search.find(null, word, null, Map.of(), null, 0, 20).hits().stream().anyMatch(h -> h.id() == id);
    }

    @Test
    void oneIdentifierReachedByTwoSourcesIsOneResource() throws Exception {
        try (FakeOaiSource other = new FakeOaiSource()) {
            oai.listRecords(args -> Answer.ok(page(null, record(id(1), "2026-05-01T00:00:00Z", "经县汇聚"))));
            other.listRecords(args -> Answer.ok(page(null, record(id(1), "2026-05-01T00:00:00Z", "经县汇聚"))));
            long viaSchool = addSource("学校");
            long viaCounty = sources.add(fixtures.platformAdmin(),
                    new SourceForm("县", other.baseUrl(), "oai_dc", null, 60, false, false)).id();

            harvester.run(viaSchool);
            harvester.run(viaCounty);

            assertThat(jdbc.sql("SELECT count(*) FROM resource WHERE origin_identifier = ?").param(id(1))
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(repository.runs(viaCounty, 1).get(0).status()).isEqualTo(HarvestRun.Status.DONE);
        }
    }

    @Test
    void recordsWhoseOriginIsThisNodeAreSkippedAndCountedAsSkipped() {
        // a node that harvests this one (its parent added as a source, or two nodes harvesting each other)
        String own = "oai:" + thisNode.code() + ":resource/" + Fixtures.unique();
        oai.listRecords(args -> Answer.ok(page(null, record(own, "2026-07-01T00:00:00Z", "绕回本节点的资源"),
                record(id(1), "2026-07-01T00:00:00Z", "别处的资源"))));
        long source = addSource("互相汇聚的节点");

        harvester.run(source);

        HarvestRun run = repository.runs(source, 1).get(0);
        assertThat(run.skipped()).isEqualTo(1);
        assertThat(run.records()).isEqualTo(1);
        assertThat(resourceOf(own)).isNull();
        assertThat(resourceOf(id(1))).isNotNull();
    }

    @Test
    void oneHarvestAtATimePerSource() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        oai.listRecords(args -> {
            asked.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Answer.ok(page(null, record(id(1), "2026-06-01T00:00:00Z", "一次一个")));
        });
        long source = addSource("一次一个");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> first = pool.submit(() -> harvester.run(source));
            assertThat(asked.await(20, TimeUnit.SECONDS)).isTrue();

            assertThat(harvester.run(source)).as("a second harvest while the first holds the source").isFalse();

            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(oai.asked()).hasSize(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void thisNodesOwnProviderIsReadPageByPageInBothFormatsAndItsOwnRecordsAreNotStoredAgain() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        for (int i = 0; i < 6; i++) {
            resourceFixtures.publish(resourceFixtures.aResource(teacher).titled("本节点资源" + i).build(), teacher,
                    fixtures.platformAdmin());
        }
        long before = jdbc.sql("SELECT count(*) FROM resource").query(Long.class).single();
        for (String prefix : List.of("oai_dc", "lom")) {
            // its own records only: what it harvested from others it serves on with a newer datestamp
            long source = sources.add(fixtures.platformAdmin(), new SourceForm("本节点 " + prefix,
                    "http://localhost:" + port + "/oai", prefix, "origin:" + thisNode.code(), 60, false, false)).id();

            harvester.run(source);

            assertThat(repository.errors(source, 5)).as(prefix).isEmpty();
            HarvestRun run = repository.runs(source, 1).get(0);
            assertThat(run.status()).as(prefix).isEqualTo(HarvestRun.Status.DONE);
            assertThat(run.pages()).as(prefix).isGreaterThan(1);
            assertThat(run.skipped()).as(prefix + ": its own records, skipped").isGreaterThanOrEqualTo(6);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM resource").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anAddressThatIsNotOaiPmhIsRefusedOnSave() throws Exception {
        assertThatThrownBy(() -> sources.add(fixtures.platformAdmin(),
                new SourceForm("不是", oai.baseUrl().replace("/oai", "/nothing"), "oai_dc", null, 60, false, false)))
                .isInstanceOf(DomainException.class).hasMessage("federation.harvest.invalid.baseUrl");
        assertThatThrownBy(() -> sources.add(fixtures.actor(fixtures.aPerson().teacher().build()),
                new SourceForm("不是", oai.baseUrl(), "oai_dc", null, 60, false, false)))
                .isInstanceOf(DomainException.class).hasMessage("error.forbidden");
    }
}
