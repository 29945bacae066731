package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.testing.ResourceDocumentBuilder.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write opens a segment of its own, so one search here covers many segments on several threads, and what
 * each slice found must add up: totals, facet counts, sideways counts, order and pages.
 */
class SegmentedSearchTest extends IndexTestSupport {

    private final List<ResourceDocument> written = new ArrayList<>();

    @BeforeEach
    void writeOneByOne() {
        for (int i = 0; i < 12; i++) {
            ResourceDocument doc = resource("函数课件第" + i + "讲")
                    .subject(i % 3 == 0 ? "物理" : "数学")
                    .type(i % 2 == 0 ? "课件" : "微课")
                    .used(i)
                    .build();
            index.put(doc);
            written.add(doc);
        }
    }

    @Test
    void countsAddUpAcrossSegments() {
        SearchHits hits = search("函数");

        assertThat(hits.total()).isEqualTo(12);
        assertThat(hits.facets().get(Facet.SUBJECT))
                .containsExactly(new FacetCount("数学", 8), new FacetCount("物理", 4));
        assertThat(hits.facets().get(Facet.TYPE))
                .containsExactly(new FacetCount("微课", 6), new FacetCount("课件", 6));
    }

    @Test
    void sidewaysCountsAddUpAcrossSegments() {
        SearchHits hits = search("函数", Map.of(Facet.SUBJECT, Set.of("物理"), Facet.TYPE, Set.of("课件")));

        // 物理 are i = 0, 3, 6, 9; of them 课件 (even i) are 0 and 6
        assertThat(hits.total()).isEqualTo(2);
        assertThat(hits.facets().get(Facet.SUBJECT))
                .containsExactly(new FacetCount("数学", 4), new FacetCount("物理", 2));
        assertThat(hits.facets().get(Facet.TYPE))
                .containsExactly(new FacetCount("微课", 2), new FacetCount("课件", 2));
    }

    @Test
    void ordersAndPagesAcrossSegments() {
        SearchQuery secondPage = new SearchQuery("函数", null, Map.of(), SearchSort.MOST_USED, Viewer.anonymous(), 1, 5);

        assertThat(ids(index.search(secondPage)))
                .containsExactly(written.get(6).id(), written.get(5).id(), written.get(4).id(), written.get(3).id(),
                        written.get(2).id());
    }
}
