package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.testing.ResourceDocumentBuilder.resource;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortAndHighlightTest extends IndexTestSupport {

    @Test
    void sortsByNewestMostUsedAndBestRated() {
        ResourceDocument old = resource("圆的面积 旧").publishedAt(Instant.parse("2020-01-01T00:00:00Z"))
                .used(500).rated(3.5).build();
        ResourceDocument recent = resource("圆的面积 新").publishedAt(Instant.parse("2026-06-01T00:00:00Z"))
                .used(10).rated(4.9).build();
        ResourceDocument middle = resource("圆的面积 中").publishedAt(Instant.parse("2024-01-01T00:00:00Z"))
                .used(80).rated(4.2).build();
        index.putAll(List.of(old, recent, middle));

        assertThat(ids(search("圆的面积", SearchSort.NEWEST))).containsExactly(recent.id(), middle.id(), old.id());
        assertThat(ids(search("圆的面积", SearchSort.MOST_USED))).containsExactly(old.id(), middle.id(), recent.id());
        assertThat(ids(search("圆的面积", SearchSort.BEST_RATED))).containsExactly(recent.id(), middle.id(), old.id());
    }

    @Test
    void relevanceOrdersByScore() {
        ResourceDocument both = resource("圆的面积公式").build();
        ResourceDocument descriptionOnly = resource("第四单元").description("圆的面积").build();
        index.putAll(List.of(descriptionOnly, both));

        List<SearchHit> hits = search("圆的面积", SearchSort.RELEVANCE).hits();
        assertThat(hits).extracting(SearchHit::id).containsExactly(both.id(), descriptionOnly.id());
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void marksMatchedWordsInTitleAndSnippet() {
        index.put(resource("勾股定理的证明").description("本节课用拼图的方法证明勾股定理。课后布置练习。").build());

        SearchHit hit = search("勾股定理").hits().get(0);

        assertThat(hit.title()).isEqualTo("勾股定理的证明");
        assertThat(hit.titleHighlighted()).isEqualTo("<mark>勾股定理</mark>的证明");
        assertThat(hit.snippetHighlighted()).contains("证明<mark>勾股定理</mark>");
    }

    @Test
    void findsAndMarksAWordThatTheSegmenterCutDifferently() {
        index.put(resource("数学课件").build());

        SearchHit hit = search("课件").hits().get(0);

        assertThat(hit.titleHighlighted()).isEqualTo("数学<mark>课件</mark>");
    }

    @Test
    void escapesHtmlInTitlesAndSnippets() {
        index.put(resource("<script>alert(1)</script>勾股定理").description("a < b & \"勾股定理\" <img src=x>").build());

        SearchHit hit = search("勾股定理").hits().get(0);

        assertThat(hit.titleHighlighted()).doesNotContain("<script>").contains("&lt;script&gt;")
                .contains("<mark>勾股定理</mark>");
        assertThat(hit.snippetHighlighted()).doesNotContain("<img").contains("&lt;img").contains("&amp;");
        SearchHit unmatched = search("").hits().get(0);
        assertThat(unmatched.titleHighlighted()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(unmatched.snippetHighlighted()).doesNotContain("<img");
    }
}
