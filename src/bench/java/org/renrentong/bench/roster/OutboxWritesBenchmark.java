package org.renrentong.bench.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceUse;
import org.renrentong.roster.ImportJob;
import org.renrentong.roster.ImportStatus;
import org.renrentong.roster.Imports;
import org.renrentong.space.PostKind;
import org.renrentong.space.Posts;
import org.renrentong.space.Spaces;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes timed for the before/after comparison of the outbox (see bench/outbox-writes.sh, which runs this same class
 * on the reference commit with in-memory events and on this tree): a roster import of bench.rows students, space
 * posts by bench.threads teachers at once, and counted downloads (each publishes a "used" event) by as many readers
 * at once. Only public APIs both sides share; the figures go to the file bench.out as key=value lines. The import is
 * timed until its reactions are done too (the personal spaces of the newcomers): with the outbox they follow the
 * import's commit, in memory they were part of it.
 */
@IntegrationTest
class OutboxWritesBenchmark {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    Imports imports;
    @Autowired
    Posts posts;
    @Autowired
    Spaces spaces;
    @Autowired
    ResourceUse use;
    @Autowired
    JdbcClient jdbc;

    @Test
    void writes() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        int operations = Integer.getInteger("bench.operations", 2_000);
        int threads = Integer.getInteger("bench.threads", 8);
        Path out = Path.of(System.getProperty("bench.out", "target/outbox-writes.txt"));
        Path dir = Files.createTempDirectory("outbox-bench");
        Actor admin = fixtures.platformAdmin();

        importRoster(admin, dir, 5_000, 1);
        double roster = importRoster(admin, dir, rows, 2);

        List<Actor> teachers = new ArrayList<>();
        List<Long> ownSpaces = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
            teachers.add(teacher);
            ownSpaces.add(spaces.mine(teacher));
        }
        Resource published = resources.publish(resources.aResource(teachers.get(0)).build(), teachers.get(0), admin);
        long file = published.files().get(0).fileId();

        concurrently(threads, operations / 5, (t, i) -> posts.create(teachers.get(t), ownSpaces.get(t), PostKind.POST,
                "预热" + i, List.of()));
        double postsPerSecond = concurrently(threads, operations, (t, i) -> posts.create(teachers.get(t),
                ownSpaces.get(t), PostKind.POST, "动态 " + t + "-" + i, List.of()));
        concurrently(threads, operations / 5, (t, i) -> use.download(teachers.get(t), published.id(), file, true));
        double downloadsPerSecond = concurrently(threads, operations,
                (t, i) -> use.download(teachers.get(t), published.id(), file, true));

        String figures = String.format("roster_seconds=%.3f%nposts_per_second=%.1f%ndownloads_per_second=%.1f%n",
                roster, postsPerSecond, downloadsPerSecond);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, figures);
        System.out.print(figures);
    }

    private double importRoster(Actor admin, Path dir, int rows, int variant) throws Exception {
        Path file = dir.resolve("students-" + variant + ".csv");
        StudentRosterGenerator.write(file, rows, variant + 10);
        School school = fixtures.aSchool().named("出入箱学校" + Fixtures.unique()).build();
        long start = System.nanoTime();
        ImportJob job = imports.start(admin, school.id(), file.getFileName().toString(), Files.size(file),
                new FileSystemResource(file), "Bench-Pass1").job();
        while (!job.status().finished()) {
            Thread.sleep(100);
            job = imports.job(admin, job.id());
        }
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        while (undelivered() > 0) {
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.delete(file);
        return seconds;
    }

    /** Events stored and not yet delivered; none where events stay in memory (the reference side). */
    private long undelivered() {
        boolean outbox = jdbc.sql("SELECT to_regclass('event_publication') IS NOT NULL").query(Boolean.class).single();
        return outbox ? jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single() : 0;
    }

    interface Write {
        void run(int thread, int i) throws Exception;
    }

    /** operations writes shared by threads threads; writes per second. */
    private static double concurrently(int threads, int operations, Write write) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        List<Thread> running = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread th = new Thread(() -> {
                for (long i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
                    try {
                        write.run(thread, (int) i);
                    } catch (Throwable e) {
                        failures.add(e);
                        return;
                    }
                }
            });
            running.add(th);
            th.start();
        }
        for (Thread th : running) {
            th.join();
        }
        assertThat(failures).isEmpty();
        return operations / ((System.nanoTime() - start) / 1e9);
    }
}
