package org.renrentong.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers one searcher gave, by query, the least recently asked dropped first. A searcher sees one fixed
 * state of the index, so an answer stays right as long as the searcher lives; a write opens a new searcher with
 * an empty cache. Popular topics and plain browsing are asked again and again, and their counts over hundreds
 * of thousands of hits are the dearest searches there are.
 */
final class SearchCache {

    /** A page of hits with its facet counts is some kilobytes; this many keep the popular searches. */
    static final int ENTRIES = 2_000;

    private final Map<SearchQuery, SearchHits> answers = new LinkedHashMap<>(ENTRIES * 4 / 3, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SearchQuery, SearchHits> eldest) {
            return size() > ENTRIES;
        }
    };

    synchronized SearchHits get(SearchQuery q) {
        return answers.get(q);
    }

    synchronized void put(SearchQuery q, SearchHits hits) {
        answers.put(q, hits);
    }
}
