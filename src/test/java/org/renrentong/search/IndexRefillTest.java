package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.renrentong.testing.ResourceDocumentBuilder.resource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class IndexRefillTest {

    @TempDir
    Path dataDir;

    private final ResourceDocument stored = resource("数据库里的资源").build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SearchConfiguration.class, IndexRefill.class)
            .withBean(ResourceSource.class, () -> new ResourceSource() {
                @Override
                public Stream<ResourceDocument> all() {
                    return Stream.of(stored);
                }

                @Override
                public long position() {
                    return 7;
                }
            });

    @Test
    void anIndexThatStartedEmptyIsRefilledFromTheResources() {
        runner.withPropertyValues("renrentong.data-dir=" + dataDir).run(context -> {
            context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context,
                    Duration.ZERO));
            LuceneResourceIndex index = context.getBean(LuceneResourceIndex.class);

            await().atMost(Duration.ofSeconds(10)).until(() -> index.position() == 7);
            assertThat(index.search(SearchQuery.text("数据库", Viewer.anonymous())).hits())
                    .extracting(SearchHit::id).containsExactly(stored.id());
        });
    }

    @Test
    void anIndexThatOpenedIsLeftAsItIs() throws Exception {
        try (LuceneResourceIndex earlier = LuceneResourceIndex.open(dataDir.resolve("index").resolve("resources"))) {
            earlier.put(resource("已在索引里的资源").build());
        }
        runner.withPropertyValues("renrentong.data-dir=" + dataDir).run(context -> {
            context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context,
                    Duration.ZERO));
            LuceneResourceIndex index = context.getBean(LuceneResourceIndex.class);

            assertThat(index.recreated()).isFalse();
            assertThat(index.search(SearchQuery.text("数据库", Viewer.anonymous())).total()).isZero();
            assertThat(index.size()).isEqualTo(1);
        });
    }
}
