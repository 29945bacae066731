package org.renrentong.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Brings downloads, favourites and ratings to the search index, for sorting by most used and best rated. A use is a
 * tally that no other module reacts to, so it stores no event: the resources used are noted after commit, and their
 * counts, read afresh from the database, reach the index together once a second. The database holds the counts; at
 * every start all of them are brought to the index once, which mends what a crash left out. A busy resource so costs
 * one index update a second, not one per download.
 */
@Component
class UseCountSync {

    private static final Logger log = LoggerFactory.getLogger(UseCountSync.class);
    static final int BATCH = 1_000;

    private final SearchFeed feed;
    private final ResourceRepository resources;
    private final Set<Long> used = ConcurrentHashMap.newKeySet();

    UseCountSync(SearchFeed feed, ResourceRepository resources) {
        this.feed = feed;
        this.resources = resources;
    }

    /** Notes a use of the resource, to be brought to the index once the current transaction commits. */
    void noteUsed(long id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    used.add(id);
                }
            });
        } else {
            used.add(id);
        }
    }

    /** Brings the counts of the resources used since the last flush to the index; kept for the next on failure. */
    @Scheduled(fixedDelayString = "${renrentong.search.use-count-delay:1s}")
    void flush() {
        List<Long> batch = new ArrayList<>();
        for (Long id : used) {
            if (used.remove(id)) {
                batch.add(id);
            }
        }
        for (int from = 0; from < batch.size(); from += BATCH) {
            List<Long> part = batch.subList(from, Math.min(batch.size(), from + BATCH));
            try {
                feed.updateUses(part);
            } catch (RuntimeException e) {
                used.addAll(batch.subList(from, batch.size()));
                log.warn("Cannot bring use counts to the search index; trying again shortly", e);
                return;
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void bringAllAtStart() {
        Thread all = new Thread(this::bringAll, "use-count-sync");
        all.setDaemon(true);
        all.start();
    }

    /** Every used published resource's counts to the index, a batch at a time. */
    void bringAll() {
        try {
            long after = 0;
            for (List<Long> ids = resources.usedIds(after, BATCH); !ids.isEmpty();
                 ids = resources.usedIds(after, BATCH)) {
                feed.updateUses(ids);
                after = ids.get(ids.size() - 1);
            }
        } catch (RuntimeException e) {
            log.warn("Cannot bring the use counts to the search index at start; they follow with the next uses", e);
        }
    }
}
