package org.renrentong.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refills an index that had to start empty (its files were missing or damaged) from the {@link ResourceSource},
 * in the background once the node is up: a province's resources take minutes, and the node serves meanwhile.
 */
@Component
class IndexRefill {

    private static final Logger log = LoggerFactory.getLogger(IndexRefill.class);

    private final LuceneResourceIndex index;
    private final ObjectProvider<ResourceSource> sources;

    IndexRefill(LuceneResourceIndex index, ObjectProvider<ResourceSource> sources) {
        this.index = index;
        this.sources = sources;
    }

    @EventListener(ApplicationReadyEvent.class)
    void refillWhenRecreated() {
        ResourceSource source = sources.getIfAvailable();
        if (index.recreated() && source != null) {
            Thread refill = new Thread(() -> refill(source), "resource-index-refill");
            refill.setDaemon(true);
            refill.start();
        }
    }

    private void refill(ResourceSource source) {
        log.info("The resource index started empty; refilling it from the resources");
        try {
            index.rebuild(source);
        } catch (RuntimeException e) {
            log.error("Cannot refill the resource index; rebuild it by hand", e);
        }
    }
}
