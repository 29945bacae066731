package org.renrentong.resource;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Brings downloads, favourites and ratings to the search index (for sorting by most used and best rated) after
 * commit, as a durable event: a use recorded just before a crash still reaches the index. Only the counts change in
 * the index (no re-reading of the resource), and uses arriving together share one query and one index refresh
 * ({@link SearchFeed#updateUses}).
 */
@Component
class UseFeed {

    private final SearchFeed feed;

    UseFeed(SearchFeed feed) {
        this.feed = feed;
    }

    @ApplicationModuleListener(id = "resource.use-counts", propagation = Propagation.NOT_SUPPORTED)
    void used(ResourceEvents.Used event) {
        feed.updateUses(event.resourceId());
    }
}
