package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.testing.ResourceDocumentBuilder.resource;

import org.junit.jupiter.api.Test;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ResourceIndexWiringTest {

    @Autowired
    ResourceIndex index;

    @Test
    void theNodeHasASearchableResourceIndex() {
        String marker = "连通性测试" + System.nanoTime();
        ResourceDocument doc = resource(marker).keywords(marker).build();

        index.put(doc);

        assertThat(index.search(SearchQuery.text(marker, Viewer.anonymous())).hits())
                .extracting(SearchHit::id).containsExactly(doc.id());
        index.remove(doc.id());
    }
}
