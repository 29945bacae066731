package org.renrentong.search;

/** A resource's use count (downloads and favourites) and mean rating, the only parts of its document a use changes. */
public record UseCounts(long resourceId, long useCount, double rating) {
}
