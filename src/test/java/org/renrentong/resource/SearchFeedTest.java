package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.search.Facet;
import org.renrentong.search.SearchHit;
import org.renrentong.search.SearchHits;
import org.renrentong.search.SearchSort;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** Published resources reach the search index after commit and leave it when withdrawn; a rebuild restores it. */
@IntegrationTest
class SearchFeedTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    ResourceSearch search;
    @Autowired
    Reviews reviews;
    @Autowired
    SearchFeed feed;
    @Autowired
    TextbookTree tree;
    @Autowired
    Deliveries deliveries;

    @Test
    void aPublishedResourceIsFoundByChineseWordsTreeAndFacetsUntilWithdrawn() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        TreeNode lesson = resources.lesson("2", "14");
        String word = "勾股定理" + Fixtures.unique();
        Resource r = resources.aResource(teacher).at(lesson).titled(word + " 的证明与应用").keywords("直角三角形").build();
        assertThat(ids(search.find(null, word, null, Map.of(), null, 0, 20))).doesNotContain(r.id());

        resources.publish(r, teacher, fixtures.platformAdmin());

        assertThat(ids(search.find(null, word, null, Map.of(), null, 0, 20))).contains(r.id());
        long edition = tree.place(lesson.id()).path().get(2).id();
        SearchHits byTree = search.find(null, "", edition, Map.of(), SearchSort.NEWEST, 0, 20);
        assertThat(ids(byTree)).contains(r.id());
        SearchHits byFacet = search.find(null, word, null, Map.of(Facet.SUBJECT, Set.of("14"),
                Facet.TYPE, Set.of("LESSON_PLAN")), null, 0, 20);
        assertThat(ids(byFacet)).contains(r.id());
        assertThat(byFacet.hits().get(0).titleHighlighted()).contains("<mark>");

        reviews.act(teacher, r.id(), ReviewAction.WITHDRAW, null);
        deliveries.awaitAll();
        assertThat(ids(search.find(null, word, null, Map.of(), null, 0, 20))).doesNotContain(r.id());
    }

    @Test
    void visibilityHoldsInSearch() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        String word = "分数加法" + Fixtures.unique();
        Resource r = resources.publish(resources.aResource(teacher).titled(word)
                .visibility(ResourceVisibility.ORGANISATION).build(), teacher, fixtures.platformAdmin());
        Actor other = fixtures.actor(fixtures.aPerson().teacher().build());
        assertThat(ids(search.find(null, word, null, Map.of(), null, 0, 20))).doesNotContain(r.id());
        assertThat(ids(search.find(other, word, null, Map.of(), null, 0, 20))).doesNotContain(r.id());
        assertThat(ids(search.find(teacher, word, null, Map.of(), null, 0, 20))).contains(r.id());
    }

    @Test
    void onlyPlatformAdministratorsRebuildAndTheRebuildKeepsWhatIsPublished() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        String word = "有理数" + Fixtures.unique();
        Resource r = resources.publish(resources.aResource(teacher).titled(word).build(), teacher,
                fixtures.platformAdmin());
        assertThatThrownBy(() -> feed.rebuild(teacher)).hasMessage("error.forbidden");
        assertThat(feed.rebuild(fixtures.platformAdmin())).isPositive();
        assertThat(ids(search.find(null, word, null, Map.of(), null, 0, 20))).contains(r.id());
    }

    private static java.util.List<Long> ids(SearchHits hits) {
        return hits.hits().stream().map(SearchHit::id).toList();
    }
}
