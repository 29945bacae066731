package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.testing.ResourceDocumentBuilder.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentIndexTest extends IndexTestSupport {

    @Test
    void concurrentWritersAndReadersSeeEveryWrite() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        ResourceDocument doc = resource("并发写入的课件").build();
                        index.put(doc);
                        assertThat(index.search(SearchQuery.text("并发", Viewer.anonymous())).total()).isPositive();
                    }
                }));
            }
            for (int reader = 0; reader < 2; reader++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        index.search(SearchQuery.text("课件", Viewer.anonymous()));
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(search("并发").total()).isEqualTo(100);
    }
}
