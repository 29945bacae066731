package org.renrentong.resource;

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

    static Viewer viewer(Actor actor) {
        if (actor == null) {
            return Viewer.anonymous();
        }
        return Viewer.signedIn(actor.schoolId() == null ? Set.of() : Set.of(actor.schoolId()));
    }
}
