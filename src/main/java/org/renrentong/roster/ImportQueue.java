package org.renrentong.roster;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs import jobs in the background, a bounded few at a time with a bounded queue, on threads of its own (not the
 * application's shared task executor, which imports would otherwise starve). Keeps the uploads waiting for them.
 */
@Component
class ImportQueue implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportQueue.class);

    private final ImportRunner runner;
    private final ImportJobs jobs;
    private final Path workDir;
    private final ExecutorService executor;

    ImportQueue(ImportRunner runner, ImportJobs jobs, ImportSettings settings) throws IOException {
        this.runner = runner;
        this.jobs = jobs;
        this.workDir = settings.workDir().isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "renrentong-imports") : Path.of(settings.workDir());
        Files.createDirectories(workDir);
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queue()), r -> {
                    Thread t = new Thread(r, "roster-import-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** A fresh file for an upload to wait in until its job runs. */
    Path newUploadFile() throws IOException {
        return Files.createTempFile(workDir, "import-", ".upload");
    }

    /** @throws RejectedExecutionException when the queue is full */
    void submit(ImportTask task) {
        executor.execute(() -> runner.run(task));
    }

    /**
     * At start-up no job of an earlier process can still run: jobs left unfinished by a stop or a crash were rolled
     * back with it and are marked interrupted, and their uploads are removed. Jobs queued since this process started
     * (the web server already takes uploads when this runs) are left to run.
     * (Assumes one node runs imports; several nodes would need a lease per job.)
     */
    @EventListener(ApplicationReadyEvent.class)
    void recover() throws IOException {
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        int interrupted = jobs.interruptUnfinished(Instant.ofEpochMilli(started));
        if (interrupted > 0) {
            log.warn("Marked {} unfinished import job(s) as interrupted", interrupted);
        }
        try (Stream<Path> leftovers = Files.list(workDir)) {
            for (Path file : leftovers.filter(f -> f.getFileName().toString().endsWith(".upload")).toList()) {
                if (Files.getLastModifiedTime(file).toMillis() < started) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
