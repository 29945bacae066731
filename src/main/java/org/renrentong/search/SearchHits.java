package org.renrentong.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the total, and per facet the counts of its values (most frequent first). A facet that is
 * filtered on is counted as if that one filter were off, so the other values stay selectable.
 */
public record SearchHits(long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets, long tookMicros) {

    public SearchHits {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
