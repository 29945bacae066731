package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.testing.ResourceDocumentBuilder.resource;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerCacheTest extends IndexTestSupport {

    private final SearchQuery asked = SearchQuery.text("课件", Viewer.anonymous());

    @Test
    void theSameSearchAgainGivesTheSameAnswer() {
        index.putAll(List.of(resource("分数的意义课件").build(), resource("小数的意义课件").build()));

        SearchHits first = index.search(asked);
        SearchHits again = index.search(asked);

        assertThat(again.hits()).isEqualTo(first.hits());
        assertThat(again.facets()).isEqualTo(first.facets());
        assertThat(again.total()).isEqualTo(2);
    }

    @Test
    void aWriteIsSeenByTheNextSearchEvenWhenAskedBefore() {
        ResourceDocument first = resource("分数的意义课件").build();
        index.put(first);
        assertThat(ids(index.search(asked))).containsExactly(first.id());

        ResourceDocument added = resource("小数的意义课件").build();
        index.put(added);
        assertThat(ids(index.search(asked))).containsExactlyInAnyOrder(first.id(), added.id());

        index.remove(first.id());
        assertThat(ids(index.search(asked))).containsExactly(added.id());
    }
}
