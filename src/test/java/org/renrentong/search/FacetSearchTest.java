package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.testing.ResourceDocumentBuilder.resource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FacetSearchTest extends IndexTestSupport {

    private final ResourceDocument mathPlan = resource("数学教学设计").subject("数学").type("教学设计").build();
    private final ResourceDocument mathSlides = resource("数学课件").subject("数学").type("课件").build();
    private final ResourceDocument chineseSlides = resource("语文课件").subject("语文").type("课件").build();
    private final ResourceDocument english = resource("英语微课").subject("英语").type("微课")
            .stage("小学").grade("三年级").edition("外研版").origin("110000").build();

    @Test
    void countsEveryFacetWithinTheQuery() {
        index.putAll(List.of(mathPlan, mathSlides, chineseSlides, english));

        SearchHits hits = search("");

        assertThat(hits.total()).isEqualTo(4);
        assertThat(hits.facets().get(Facet.SUBJECT))
                .containsExactly(new FacetCount("数学", 2), new FacetCount("英语", 1), new FacetCount("语文", 1));
        assertThat(hits.facets().get(Facet.TYPE)).contains(new FacetCount("课件", 2));
        assertThat(hits.facets().get(Facet.STAGE)).contains(new FacetCount("初中", 3), new FacetCount("小学", 1));
        assertThat(hits.facets().get(Facet.GRADE)).contains(new FacetCount("三年级", 1));
        assertThat(hits.facets().get(Facet.EDITION)).contains(new FacetCount("外研版", 1));
        assertThat(hits.facets().get(Facet.ORIGIN)).contains(new FacetCount("110000", 1), new FacetCount("130000", 3));
        assertThat(search("课件").facets().get(Facet.SUBJECT))
                .containsExactlyInAnyOrder(new FacetCount("数学", 1), new FacetCount("语文", 1));
    }

    @Test
    void filtersByFacetsAndCountsTheFilteredFacetSideways() {
        index.putAll(List.of(mathPlan, mathSlides, chineseSlides, english));

        SearchHits hits = search("", Map.of(Facet.SUBJECT, Set.of("数学")));

        assertThat(ids(hits)).containsExactlyInAnyOrder(mathPlan.id(), mathSlides.id());
        // the subject counts ignore the subject filter, so another subject can still be picked
        assertThat(hits.facets().get(Facet.SUBJECT)).contains(new FacetCount("语文", 1), new FacetCount("数学", 2));
        // the other facets count within the filter
        assertThat(hits.facets().get(Facet.TYPE))
                .containsExactlyInAnyOrder(new FacetCount("教学设计", 1), new FacetCount("课件", 1));
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
        index.putAll(List.of(mathPlan, mathSlides, chineseSlides, english));

        assertThat(ids(search("", Map.of(Facet.SUBJECT, Set.of("数学", "英语")))))
                .containsExactlyInAnyOrder(mathPlan.id(), mathSlides.id(), english.id());
        assertThat(ids(search("", Map.of(Facet.SUBJECT, Set.of("数学", "语文"), Facet.TYPE, Set.of("课件")))))
                .containsExactlyInAnyOrder(mathSlides.id(), chineseSlides.id());
        assertThat(search("", Map.of(Facet.SUBJECT, Set.of("物理"))).total()).isZero();
    }

    @Test
    void filtersByAnyNodeOfTheTextbookTree() {
        ResourceDocument lessonOne = resource("第一课").places(1L, 10L, 100L).build();
        ResourceDocument lessonTwo = resource("第二课").places(1L, 10L, 101L).build();
        ResourceDocument elsewhere = resource("别的课").places(2L, 20L, 200L).build();
        index.putAll(List.of(lessonOne, lessonTwo, elsewhere));

        assertThat(ids(place(10L))).containsExactlyInAnyOrder(lessonOne.id(), lessonTwo.id());
        assertThat(ids(place(101L))).containsExactly(lessonTwo.id());
        assertThat(ids(place(2L))).containsExactly(elsewhere.id());
        assertThat(place(999L).total()).isZero();
    }

    @Test
    void anEmptyIndexFindsNothing() {
        SearchHits hits = search("数学", Map.of(Facet.TYPE, Set.of("课件")));

        assertThat(hits.total()).isZero();
        assertThat(hits.hits()).isEmpty();
    }

    @Test
    void aFilterOnAQueryWithoutHitsCountsNothing() {
        index.putAll(List.of(mathPlan, mathSlides));

        SearchHits hits = search("不存在的词语", Map.of(Facet.SUBJECT, Set.of("数学")));

        assertThat(hits.total()).isZero();
        assertThat(hits.facets().get(Facet.SUBJECT)).isEmpty();
    }

    @Test
    void documentsWithoutAnyFacetValueAreStillFound() {
        ResourceDocument bare = new ResourceDocument(1L, "没有分类的资源", null, null, null, null, null, null, null,
                null, null, ResourceDocument.PUBLIC, null, null, 0, 0);
        index.put(bare);

        SearchHits hits = search("分类");

        assertThat(ids(hits)).containsExactly(bare.id());
        assertThat(hits.facets().get(Facet.TYPE)).isEmpty();
    }

    private SearchHits place(long placeId) {
        return index.search(new SearchQuery("", placeId, Map.of(), SearchSort.NEWEST, Viewer.anonymous(), 0, 20));
    }
}
