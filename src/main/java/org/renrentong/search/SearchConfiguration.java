package org.renrentong.search;

import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The embedded index under the data directory, refilled from the resources when it had to start afresh. */
@Configuration
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    LuceneResourceIndex resourceIndex(@Value("${renrentong.data-dir:./data}") String dataDir) {
        return LuceneResourceIndex.open(Path.of(dataDir, "index", "resources"));
    }

    @EventListener(ApplicationReadyEvent.class)
    void refillWhenRecreated(ApplicationReadyEvent event) {
        LuceneResourceIndex index = event.getApplicationContext().getBean(LuceneResourceIndex.class);
        ObjectProvider<ResourceSource> sources = event.getApplicationContext().getBeanProvider(ResourceSource.class);
        ResourceSource source = sources.getIfAvailable();
        if (index.recreated() && source != null) {
            index.rebuild(source.all());
        }
    }
}
