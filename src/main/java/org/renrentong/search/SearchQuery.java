package org.renrentong.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A search: free text (blank matches everything), an optional textbook-tree node, facet filters (values of one
 * facet are alternatives, facets combine), the order, who is asking, and the page (from 0).
 */
public record SearchQuery(String text, Long placeId, Map<Facet, Set<String>> filters, SearchSort sort,
        Viewer viewer, int page, int size) {

    public static final int MAX_SIZE = 100;
    /** Hits further down than this are not paged to; nobody reads them and collecting them costs. */
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        filters = copy(filters);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        viewer = viewer == null ? Viewer.anonymous() : viewer;
        size = Math.max(1, Math.min(size, MAX_SIZE));
        page = Math.max(0, Math.min(page, MAX_WINDOW / size - 1));
    }

    /** The first page of a plain text search. */
    public static SearchQuery text(String text, Viewer viewer) {
        return new SearchQuery(text, null, Map.of(), SearchSort.RELEVANCE, viewer, 0, 20);
    }

    private static Map<Facet, Set<String>> copy(Map<Facet, Set<String>> filters) {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(values));
                }
            });
        }
        return Map.copyOf(copy);
    }
}
