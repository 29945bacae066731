package org.renrentong.bench.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.resource.ResourceEvents;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast the outbox drains after a burst (see bench/event-drain.sh): bench.events changes of published resources
 * (the events of downloads, favourites, ratings and edits: "used" and "changed", spread over bench.resources
 * resources) are published bench.batch to a transaction by bench.writers threads at once; then the clock runs until
 * no publication is incomplete. Each event reaches one listener, the search index, which reads the resource and
 * puts it into the index (updates arriving together share one index refresh).
 */
@IntegrationTest
class EventDrainBenchmark {

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

        String report = String.format("""
                Event drain benchmark, %s
                machine: %d cores; Java %s; embedded PostgreSQL 17; listener threads: renrentong.events.threads
                burst: %,d events ("used" and "changed" of %,d published resources), %d per transaction, %d writers
                command: bench/event-drain.sh %d %d %d

                burst written (all publications stored)        %8.2f s  (%,.0f events/s)
                pending when the burst was written              %,8d
                burst start until no publication is pending     %8.2f s  (target < 60 s)
                drain throughput                                %,8.0f events/s
                load average %s -> %s
                """, java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), total, count, batch, writers, total, batch, writers, written,
                total / written, pendingAtEnd, drained, total / drained, load, loadAverage());
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
                        for (int i = start; i < to; i++) {
                            long id = ids.get(i % ids.size());
                            events.publishEvent(i % 10 == 0 ? new ResourceEvents.Changed(id)
                                    : new ResourceEvents.Used(id));
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

    private long incomplete() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class)
                .single();
    }

    private static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
