package org.renrentong.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What start-up does with the import jobs of a node that stopped (or crashed) while they ran. */
@IntegrationTest
class ImportRestartTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ImportJobs jobs;
    @Autowired
    ImportQueue queue;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobOfAnEarlierProcessIsInterruptedAndAJobQueuedSinceStartIsLeftToRun() throws Exception {
        School school = fixtures.aSchool().build();
        Person admin = fixtures.aPerson().schoolAdmin().at(school).build();
        UUID crashed = UUID.randomUUID();
        jobs.insert(crashed, school, admin.id(), "before.csv");
        jdbc.sql("UPDATE import_job SET status = 'WRITING', created_at = now() - interval '1 hour' WHERE id = ?")
                .param(crashed).update();
        UUID queued = UUID.randomUUID();
        jobs.insert(queued, school, admin.id(), "since.csv");

        queue.recover();

        ImportJob interrupted = jobs.find(crashed).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(interrupted.messageKey()).isEqualTo("roster.job.interrupted");
        assertThat(interrupted.finishedAt()).isNotNull();
        assertThat(jobs.find(queued).orElseThrow().status()).isEqualTo(ImportStatus.QUEUED);
        // the queued job has no task behind it in this test: end it so that nothing waits for it
        jobs.finish(queued, ImportStatus.FAILED, "roster.job.failed", List.of(), 0, List.of());
    }
}
