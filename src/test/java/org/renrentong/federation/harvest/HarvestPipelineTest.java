package org.renrentong.federation.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.federation.harvest.FakeOaiSource.page;
import static org.renrentong.federation.harvest.FakeOaiSource.record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.harvest.FakeOaiSource.Answer;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The source serves the next page while this node stores the current one: with the first page held back from its
 * commit (the source's row locked by another transaction), the second page is asked all the same; both are stored
 * once the lock goes.
 */
@IntegrationTest
class HarvestPipelineTest {

    @Autowired Fixtures fixtures;
    @Autowired HarvestSources sources;
    @Autowired Harvester harvester;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void theNextPageIsAskedWhileThisOneIsStored() throws Exception {
        String code = "pipe" + Fixtures.unique();
        CountDownLatch nextAsked = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (FakeOaiSource oai = new FakeOaiSource(); Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            long source = sources.add(fixtures.platformAdmin(),
                    new SourceForm("边存边取", oai.baseUrl(), "oai_dc", null, 60, false, false)).id();
            oai.listRecords(args -> {
                if (args.containsKey("resumptionToken")) {
                    nextAsked.countDown();
                    return Answer.ok(page(null, record("oai:" + code + ":resource/2", "2026-04-01T00:00:01Z", "第二页")));
                }
                // the harvest holds its lease already; its first page now waits for this lock to be stored
                lockRow(lock, source);
                return Answer.ok(page("p2", record("oai:" + code + ":resource/1", "2026-04-01T00:00:00Z", "第一页")));
            });

            Future<Boolean> run = pool.submit(() -> harvester.run(source));
            boolean askedWhileFirstWaits = nextAsked.await(30, TimeUnit.SECONDS);
            lock.commit();

            assertThat(run.get(60, TimeUnit.SECONDS)).isTrue();
            assertThat(askedWhileFirstWaits).as("the second page asked while the first waits to be stored").isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM resource WHERE origin = ?").param(code).query(Long.class)
                    .single()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void lockRow(Connection lock, long source) {
        try (PreparedStatement s = lock.prepareStatement("SELECT id FROM harvest_source WHERE id = ? FOR UPDATE")) {
            s.setLong(1, source);
            s.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
