package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.search.SearchHit;
import org.renrentong.search.SearchSort;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** Downloads and ratings reach the search order once their events are delivered. */
@IntegrationTest
class UseFeedTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    ResourceUse use;
    @Autowired
    ResourceSearch search;
    @Autowired
    Deliveries deliveries;

    @Test
    void aDownloadAndARatingReorderTheSearchOnceDelivered() {
        Actor owner = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor reader = fixtures.actor(fixtures.aPerson().teacher().build());
        String word = "平行四边形" + Fixtures.unique();
        Resource older = resources.publish(resources.aResource(owner).titled(word + " 教案").build(), owner,
                fixtures.platformAdmin());
        Resource newer = resources.publish(resources.aResource(owner).titled(word + " 课件").build(), owner,
                fixtures.platformAdmin());
        assertThat(ids(word, SearchSort.MOST_USED)).containsExactly(newer.id(), older.id());

        use.download(reader, older.id(), older.files().get(0).fileId(), true);
        deliveries.awaitAll();
        assertThat(ids(word, SearchSort.MOST_USED)).containsExactly(older.id(), newer.id());

        assertThat(ids(word, SearchSort.BEST_RATED)).containsExactly(older.id(), newer.id());
        use.rate(reader, newer.id(), 4);
        deliveries.awaitAll();
        assertThat(ids(word, SearchSort.BEST_RATED)).containsExactly(newer.id(), older.id());
    }

    private List<Long> ids(String word, SearchSort sort) {
        return search.find(null, word, null, Map.of(), sort, 0, 20).hits().stream().map(SearchHit::id).toList();
    }
}
