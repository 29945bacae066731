package org.renrentong.bench.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.resource.ResourceChanges;
import org.renrentong.resource.ResourceEvents;
import org.renrentong.search.ResourceIndex;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast the outbox drains after a burst (see bench/event-drain.sh): bench.events changes of published resources
 * (spread over bench.resources resources) are made bench.batch to a transaction by bench.writers threads at once,
 * each as the resource module makes one: a row in the change log, under its lock, and a "changed" event; then the
 * clock runs until no publication is incomplete. Each event reaches one listener, the search index, which brings
 * the index up to the change log (re-reading each resource changed since, once).
 */
@IntegrationTest
class EventDrainBenchmark {

    /** The transaction lock the resource module's writers of the change log take. */
    private static final long CHANGE_LOG_LOCK = 0x7265736368616e67L;

    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResourceIndex index;
    @Autowired
    ResourceChanges changes;

    @Test
    void drainAfterABurst() throws Exception {
        int total = Integer.getInteger("bench.events", 100_000);
        int batch = Integer.getInteger("bench.batch", 100);
        int writers = Integer.getInteger("bench.writers", 4);
        int count = Integer.getInteger("bench.resources", 200);
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor admin = fixtures.platformAdmin();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(resources.publish(resources.aResource(teacher).build(), teacher, admin).id());
        }
        burst(ids, 2_000, batch, writers);
        awaitDrained();

        String load = loadAverage();
        long start = System.nanoTime();
        burst(ids, total, batch, writers);
        double written = (System.nanoTime() - start) / 1e9;
        long pendingAtEnd = incomplete();
        awaitDrained();
        double drained = (System.nanoTime() - start) / 1e9;
        awaitIndexed();
        double indexed = (System.nanoTime() - start) / 1e9;

        String report = String.format("""
                Event drain benchmark, %s
                machine: %d cores; Java %s; embedded PostgreSQL 17; listener threads: renrentong.events.threads
                burst: %,d events ("changed" of %,d published resources), %d per transaction, %d writers
                command: bench/event-drain.sh %d %d %d

                burst written (all publications stored)        %8.2f s  (%,.0f events/s)
                pending when the burst was written              %,8d
                burst start until no publication is pending     %8.2f s  (target < 60 s)
                drain throughput                                %,8.0f events/s
                burst start until the index holds every change  %8.2f s
                load average %s -> %s
                """, java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), total, count, batch, writers, total, batch, writers, written,
                total / written, pendingAtEnd, drained, total / drained, indexed, load, loadAverage());
        Path out = Path.of("bench", "results", "event-drain.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(incomplete()).isZero();
    }

    /** total events over the resources, in transactions of batch, from writers threads at once. */
    private void burst(List<Long> ids, int total, int batch, int writers) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        int share = total / writers;
        for (int w = 0; w < writers; w++) {
            int first = w * share;
            int last = w == writers - 1 ? total : first + share;
            Thread t = new Thread(() -> {
                for (int from = first; from < last; from += batch) {
                    int to = Math.min(last, from + batch);
                    int start = from;
                    transactions.executeWithoutResult(tx -> {
                        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHANGE_LOG_LOCK).query().listOfRows();
                        for (int i = start; i < to; i++) {
                            long id = ids.get(i % ids.size());
                            jdbc.sql("""
                                    INSERT INTO resource_change (seq, resource_id, kind, status, version, changed_at)
                                    VALUES (nextval('resource_change_seq'), ?, 'CHANGED', 'PUBLISHED', 1,
                                            clock_timestamp())""").param(id).update();
                            events.publishEvent(new ResourceEvents.Changed(id));
                        }
                    });
                }
            }, "burst-" + w);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private void awaitDrained() throws InterruptedException {
        // bounded against a delivery that never ends; the figure itself is measured, not asserted
        long giveUpAt = System.nanoTime() + 1_800_000_000_000L;
        while (incomplete() > 0 && System.nanoTime() < giveUpAt) {
            Thread.sleep(50);
        }
    }

    private void awaitIndexed() throws InterruptedException {
        long giveUpAt = System.nanoTime() + 1_800_000_000_000L;
        while (index.position() < changes.latest() && System.nanoTime() < giveUpAt) {
            Thread.sleep(50);
        }
    }

    private long incomplete() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class)
                .single();
    }

    private static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
