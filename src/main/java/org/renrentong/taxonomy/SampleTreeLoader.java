package org.renrentong.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the shipped sample tree (resources/taxonomy/sample-tree.json) into an empty tree on first start, demo or
 * not: it is reference data. A tree that already has nodes is left as its administrators made it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SampleTreeLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleTreeLoader.class);

    private final TreeRepository repository;
    private final TreeTransfer transfer;
    private final JsonMapper json;

    SampleTreeLoader(TreeRepository repository, TreeTransfer transfer, JsonMapper json) {
        this.repository = repository;
        this.transfer = transfer;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (repository.count() > 0) {
            return;
        }
        try (InputStream in = new ClassPathResource("taxonomy/sample-tree.json").getInputStream()) {
            ImportResult result = transfer.load(json.readValue(in, TreeFile.class));
            log.info("Loaded the sample textbook tree: {} nodes", result.added());
        }
    }
}
