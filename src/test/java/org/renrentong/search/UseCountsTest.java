package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.testing.ResourceDocumentBuilder.resource;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A use changes a document's counts and rating in place; the rest of the document stays as it was indexed. */
class UseCountsTest extends IndexTestSupport {

    @Test
    void usesReorderMostUsedAndBestRatedWithoutTouchingTheRest() {
        ResourceDocument seldom = resource("分数的意义 甲").used(1).rated(3.0).build();
        ResourceDocument often = resource("分数的意义 乙").used(50).rated(4.0).build();
        index.putAll(List.of(seldom, often));

        index.putUses(List.of(new UseCounts(seldom.id(), 90, 4.8)));

        assertThat(ids(search("分数的意义", SearchSort.MOST_USED))).containsExactly(seldom.id(), often.id());
        assertThat(ids(search("分数的意义", SearchSort.BEST_RATED))).containsExactly(seldom.id(), often.id());
        assertThat(search("分数的意义 甲").hits().get(0).title()).isEqualTo("分数的意义 甲");
    }

    @Test
    void aResourceNotInTheIndexIsPassedOver() {
        ResourceDocument indexed = resource("小数乘法").build();
        index.put(indexed);

        index.putUses(List.of(new UseCounts(indexed.id() + 1000, 7, 5.0)));

        assertThat(search("").total()).isEqualTo(1);
    }

    @Test
    void usesDuringARebuildSurviveIt() {
        ResourceDocument first = resource("圆柱的体积 甲").used(10).build();
        ResourceDocument second = resource("圆柱的体积 乙").used(20).build();
        Stream<ResourceDocument> all = Stream.of(first, second).peek(doc -> {
            if (doc == second) {
                index.putUses(List.of(new UseCounts(first.id(), 99, 0)));
            }
        });

        index.rebuild(all);

        assertThat(ids(search("圆柱的体积", SearchSort.MOST_USED))).containsExactly(first.id(), second.id());
    }
}
