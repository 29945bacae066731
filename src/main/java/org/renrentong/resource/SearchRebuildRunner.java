package org.renrentong.resource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** {@code java -jar renrentong.jar --renrentong.search.rebuild}: rebuilds the search index at start, then serves. */
@Component
class SearchRebuildRunner implements ApplicationRunner {

    static final String OPTION = "renrentong.search.rebuild";
    private static final Logger log = LoggerFactory.getLogger(SearchRebuildRunner.class);

    private final SearchFeed feed;

    SearchRebuildRunner(SearchFeed feed) {
        this.feed = feed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            long count = feed.rebuild();
            log.info("Search index rebuilt from the database: {} published resources", count);
        }
    }
}
