package org.renrentong.search;

import java.util.Collection;
import java.util.stream.Stream;

/**
 * The searchable index of resources. The embedded implementation is {@link LuceneResourceIndex}; a distributed
 * engine can implement the same interface. All methods are thread-safe; a change is visible to searches when the
 * call returns.
 */
public interface ResourceIndex {

    /** Adds the document, or replaces the one with its id. */
    void put(ResourceDocument doc);

    void putAll(Collection<ResourceDocument> docs);

    void remove(long id);

    /** Changes only the use counts and ratings of documents in the index; ids not in it are passed over. */
    void putUses(Collection<UseCounts> uses);

    /**
     * Replaces the whole index by these documents (each id once); searches see the old index until the new one is
     * complete, and writes made meanwhile are kept.
     */
    void rebuild(Stream<ResourceDocument> all);

    SearchHits search(SearchQuery q);
}
