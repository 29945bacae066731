package org.renrentong.resource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renrentong.identity.Actor;
import org.renrentong.search.Facet;
import org.renrentong.search.ResourceIndex;
import org.renrentong.search.SearchHits;
import org.renrentong.search.SearchQuery;
import org.renrentong.search.SearchSort;
import org.renrentong.search.Viewer;
import org.springframework.stereotype.Service;

/** Finding published resources in the search index, as the viewer may see them. */
@Service
public class ResourceSearch {

    public static final int PAGE_SIZE = 20;

    private final ResourceIndex index;

    ResourceSearch(ResourceIndex index) {
        this.index = index;
    }

    /**
     * @param filters facet values chosen (values of one facet are alternatives)
     * @param page    from 0
     */
    public SearchHits find(Actor viewer, String text, Long placeId, Map<Facet, Set<String>> filters, SearchSort sort,
                           int page, int size) {
        return index.search(new SearchQuery(text, placeId, filters, sort, viewer(viewer), page, size));
    }

    /** The facet filters of a request, in the order of {@link Facet}; empty or null sets are left out. */
    static Map<Facet, Set<String>> filters(Set<String> stage, Set<String> subject, Set<String> edition,
                                           Set<String> grade, Set<String> type, Set<String> origin) {
        List<Set<String>> chosen = java.util.Arrays.asList(stage, subject, edition, grade, type, origin);
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> values = chosen.get(facet.ordinal());
            if (values != null && !values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        return filters;
    }

    static Viewer viewer(Actor actor) {
        if (actor == null) {
            return Viewer.anonymous();
        }
        return Viewer.signedIn(actor.schoolId() == null ? Set.of() : Set.of(actor.schoolId()));
    }
}
