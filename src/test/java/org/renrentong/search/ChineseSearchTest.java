package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.testing.ResourceDocumentBuilder.resource;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseSearchTest extends IndexTestSupport {

    @Test
    void findsATitleByTheWholeTerm() {
        ResourceDocument pythagoras = resource("勾股定理的证明与应用").build();
        ResourceDocument other = resource("一元一次方程").build();
        index.putAll(List.of(pythagoras, other));

        assertThat(ids(search("勾股定理"))).containsExactly(pythagoras.id());
    }

    @Test
    void findsByTheWordsOfTheQueryWhereverTheyStand() {
        ResourceDocument fractions = resource("同分母分数的加法").description("通过折纸理解分数").build();
        ResourceDocument inDescription = resource("第二单元复习").description("本课复习分数与小数的加法和减法。").build();
        ResourceDocument onlyOneWord = resource("分数的意义").build();
        index.putAll(List.of(fractions, inDescription, onlyOneWord));

        assertThat(ids(search("分数加法"))).containsExactlyInAnyOrder(fractions.id(), inDescription.id());
    }

    @Test
    void titleAndKeywordsWeighMoreThanTheDescription() {
        ResourceDocument inDescription = resource("第三章复习课").description("复习三角形的内角和").build();
        ResourceDocument inTitle = resource("三角形的内角和").build();
        ResourceDocument inKeywords = resource("探究活动").keywords("三角形", "内角和").build();
        index.putAll(List.of(inDescription, inTitle, inKeywords));

        List<Long> found = ids(search("三角形内角和"));
        assertThat(found).hasSize(3);
        assertThat(found.get(2)).isEqualTo(inDescription.id());
    }

    @Test
    void anExactKeywordComesFirst() {
        ResourceDocument exact = resource("春季课程").keywords("古诗词鉴赏").build();
        ResourceDocument words = resource("古诗词鉴赏方法的课例").build();
        index.putAll(List.of(words, exact));

        assertThat(ids(search("古诗词鉴赏"))).first().isEqualTo(exact.id());
    }

    @Test
    void queryOperatorsAreJustText() {
        index.put(resource("勾股定理").build());

        for (String text : List.of("勾股 AND (", "*?[}\\", "\"", "title:勾股", "-", "~~~", "<script>", "OR NOT")) {
            assertThat(search(text).total()).as(text).isLessThanOrEqualTo(1);
        }
        assertThat(search("（勾股定理）？").total()).isEqualTo(1);
    }

    @Test
    void emptyTextMatchesEverythingNewestFirst() {
        ResourceDocument older = resource("旧的资源").build();
        ResourceDocument newer = resource("新的资源").build();
        index.putAll(List.of(older, newer));

        assertThat(ids(search(""))).containsExactly(newer.id(), older.id());
        assertThat(ids(search(null))).containsExactly(newer.id(), older.id());
    }

    @Test
    void pagesThroughTheHits() {
        for (int i = 0; i < 25; i++) {
            index.put(resource("课件" + i).keywords("分页").build());
        }
        SearchHits second = index.search(new SearchQuery("分页", null, null, SearchSort.NEWEST, null, 1, 10));

        assertThat(second.total()).isEqualTo(25);
        assertThat(second.hits()).hasSize(10);
        assertThat(second.hits().get(0).title()).isEqualTo("课件14");
    }
}
