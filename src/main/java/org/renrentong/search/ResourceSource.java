package org.renrentong.search;

import java.util.stream.Stream;

/**
 * Where every indexable resource comes from. The module that owns resources provides it as a bean; the index uses
 * it to rebuild itself when it finds its files missing or damaged at start-up. The stream is closed after use.
 */
public interface ResourceSource {

    Stream<ResourceDocument> all();

    /** The position in the owner's change log that the documents of {@link #all} are at least as new as. */
    long position();
}
