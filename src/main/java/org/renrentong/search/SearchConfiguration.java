package org.renrentong.search;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded index of the node, under its data directory. */
@Configuration
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    LuceneResourceIndex resourceIndex(@Value("${renrentong.data-dir:./data}") String dataDir) {
        return LuceneResourceIndex.open(Path.of(dataDir, "index", "resources"));
    }
}
