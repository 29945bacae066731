package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.testing.ResourceDocumentBuilder.resource;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@IntegrationTest
class ResourceIndexWiringTest {

    @Autowired
    ResourceIndex index;

    @Value("${renrentong.data-dir}")
    String dataDir;

    @Test
    void theNodeSearchesAnIndexUnderItsDataDirectory() {
        String marker = "连通性测试" + System.nanoTime();
        ResourceDocument doc = resource(marker).keywords(marker).build();

        index.put(doc);

        assertThat(index.search(SearchQuery.text(marker, Viewer.anonymous())).hits())
                .extracting(SearchHit::id).containsExactly(doc.id());
        assertThat(Files.isDirectory(Path.of(dataDir, "index", "resources"))).isTrue();
        index.remove(doc.id());
    }
}
