package org.renrentong.resource;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Brings downloads, favourites and ratings to the search index (for sorting by most used and best rated) every few
 * seconds in one batch, so a resource downloaded a thousand times meanwhile is re-indexed once. Each node sends
 * the resources used on it; one used just before a node stops uncleanly catches up at its next change or rebuild.
 */
@Component
class UseFeed {

    private static final Logger log = LoggerFactory.getLogger(UseFeed.class);
    private static final int BATCH = 500;

    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final SearchFeed feed;

    UseFeed(SearchFeed feed) {
        this.feed = feed;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void used(ResourceEvents.Used event) {
        pending.add(event.resourceId());
    }

    @Scheduled(fixedDelayString = "${renrentong.search.use-flush-ms:5000}")
    @PreDestroy
    void flush() {
        List<Long> ids = new ArrayList<>(BATCH);
        for (Long id : pending) {
            if (pending.remove(id)) {
                ids.add(id);
            }
            if (ids.size() == BATCH) {
                send(ids);
                ids = new ArrayList<>(BATCH);
            }
        }
        send(ids);
    }

    private void send(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            feed.refresh(ids);
        } catch (RuntimeException e) {
            log.warn("Could not refresh {} used resources in the search index; keeping them for the next flush",
                    ids.size(), e);
            pending.addAll(ids);
        }
    }
}
