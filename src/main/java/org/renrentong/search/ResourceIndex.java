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

    /** Puts these documents and takes out the ones with these ids in one write (one refresh of the searcher). */
    void putAndRemove(Collection<ResourceDocument> docs, Collection<Long> removed);

    /** Changes only the use counts and ratings of documents in the index; ids not in it are passed over. */
    void putUses(Collection<UseCounts> uses);

    /**
     * Replaces the whole index by these documents (each id once); searches see the old index until the new one is
     * complete, and writes made meanwhile are kept.
     */
    void rebuild(Stream<ResourceDocument> all);

    /** Replaces the whole index by the source's documents, and follows its change log from where they are. */
    default void rebuild(ResourceSource source) {
        long position = source.position();
        rebuild(source.all());
        followedTo(position);
    }

    /**
     * How far the index has followed its source's change log (0 when it never has). It is kept with the index's
     * commits: after a crash it names the last change whose writes the index still holds.
     */
    long position();

    /** Notes that the writes made so far bring the index up to this position of the change log; never goes back. */
    void followedTo(long position);

    SearchHits search(SearchQuery q);
}
