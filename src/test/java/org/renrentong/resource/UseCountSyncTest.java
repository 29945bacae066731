package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.search.ResourceIndex;
import org.renrentong.search.SearchHit;
import org.renrentong.search.SearchSort;
import org.renrentong.search.UseCounts;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** Downloads and ratings reach the search order at the next flush, and a start mends counts the index lost. */
@IntegrationTest
class UseCountSyncTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    ResourceUse use;
    @Autowired
    ResourceSearch search;
    @Autowired
    UseCountSync sync;
    @Autowired
    ResourceIndex index;

    @Test
    void aDownloadAndARatingReorderTheSearchAtTheNextFlush() {
        Actor owner = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor reader = fixtures.actor(fixtures.aPerson().teacher().build());
        String word = "平行四边形" + Fixtures.unique();
        Resource older = published(owner, word + " 教案");
        Resource newer = published(owner, word + " 课件");
        assertThat(ids(word, SearchSort.MOST_USED)).containsExactly(newer.id(), older.id());

        use.download(reader, older.id(), older.files().get(0).fileId(), true);
        sync.flush();
        assertThat(ids(word, SearchSort.MOST_USED)).containsExactly(older.id(), newer.id());

        assertThat(ids(word, SearchSort.BEST_RATED)).containsExactly(older.id(), newer.id());
        use.rate(reader, newer.id(), 4);
        sync.flush();
        assertThat(ids(word, SearchSort.BEST_RATED)).containsExactly(newer.id(), older.id());
    }

    @Test
    void theStartBringsEveryCountTheIndexLost() {
        Actor owner = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor reader = fixtures.actor(fixtures.aPerson().teacher().build());
        String word = "三角形内角和" + Fixtures.unique();
        Resource older = published(owner, word + " 教案");
        Resource newer = published(owner, word + " 课件");
        use.download(reader, older.id(), older.files().get(0).fileId(), true);
        sync.flush();
        index.putUses(List.of(new UseCounts(older.id(), 0, 0))); // as a crash before the index's commit leaves it
        assertThat(ids(word, SearchSort.MOST_USED)).containsExactly(newer.id(), older.id());

        sync.bringAll();
        assertThat(ids(word, SearchSort.MOST_USED)).containsExactly(older.id(), newer.id());
    }

    private Resource published(Actor owner, String title) {
        return resources.publish(resources.aResource(owner).titled(title).build(), owner, fixtures.platformAdmin());
    }

    private List<Long> ids(String word, SearchSort sort) {
        return search.find(null, word, null, Map.of(), sort, 0, 20).hits().stream().map(SearchHit::id).toList();
    }
}
