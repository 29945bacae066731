package org.renrentong.search;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded index of the node, by default under its data directory. Only one process (and one application
 * context) may open an index directory at a time.
 */
@Configuration
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    LuceneResourceIndex resourceIndex(
            @Value("${renrentong.search.index-dir:${renrentong.data-dir:./data}/index/resources}") String indexDir) {
        return LuceneResourceIndex.open(Path.of(indexDir));
    }
}
