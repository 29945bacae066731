package org.renrentong.federation.harvest;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Copies the due files of harvested resources in the background, one at a time on this node, until none is due.
 * Across nodes the lease of each queued file keeps its copy to one holder.
 */
@Component
class FileCopySchedule {

    private static final Logger log = LoggerFactory.getLogger(FileCopySchedule.class);

    private final FileCopier copier;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "harvest-files");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();

    FileCopySchedule(FileCopier copier) {
        this.copier = copier;
    }

    @Scheduled(fixedDelayString = "${renrentong.harvest.schedule-check:30s}",
            initialDelayString = "${renrentong.harvest.schedule-check:30s}")
    void copyDue() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted() && copier.copyNext()) {
                        // one file after the other until none is due
                    }
                } catch (RuntimeException e) {
                    log.warn("Copying harvested files stopped", e);
                } finally {
                    busy.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            busy.set(false);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
