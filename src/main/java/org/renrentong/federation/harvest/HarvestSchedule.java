package org.renrentong.federation.harvest;

import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the harvests that are due, on a few threads of this node. Across nodes the lease of each source decides
 * who harvests it; here, a source already running on this node is not queued twice.
 */
@Component
class HarvestSchedule {

    private static final Logger log = LoggerFactory.getLogger(HarvestSchedule.class);

    private final HarvestRepository sources;
    private final Harvester harvester;
    private final HarvestSettings settings;
    private final ExecutorService workers;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    HarvestSchedule(HarvestRepository sources, Harvester harvester, HarvestSettings settings) {
        this.sources = sources;
        this.harvester = harvester;
        this.settings = settings;
        this.workers = Executors.newFixedThreadPool(Math.max(1, settings.workers()), task -> {
            Thread t = new Thread(task, "harvest");
            t.setDaemon(true);
            return t;
        });
    }

    @Scheduled(fixedDelayString = "${renrentong.harvest.schedule-check:30s}",
            initialDelayString = "${renrentong.harvest.schedule-check:30s}")
    void startDue() {
        sources.due(settings.workers() * 4).forEach(this::start);
    }

    /** Starts a harvest of the source in the background, unless one is queued or running here. */
    void start(long sourceId) {
        if (!queued.add(sourceId)) {
            return;
        }
        try {
            workers.execute(() -> {
                try {
                    harvester.run(sourceId);
                } catch (RuntimeException e) {
                    log.warn("Harvest of source {} failed", sourceId, e);
                } finally {
                    queued.remove(sourceId);
                }
            });
        } catch (RejectedExecutionException e) {
            queued.remove(sourceId);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
