package org.renrentong.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds a complete index in a directory of its own, for a rebuild to swap in at once. Analysis is what indexing
 * costs, so every core takes documents from the stream; the finished index is merged into one segment.
 */
final class AsideIndex {

    static final int SEGMENTS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private AsideIndex() {
    }

    static long build(Path aside, IndexWriterConfig config, IndexedFields fields, Iterator<ResourceDocument> docs)
            throws IOException {
        AtomicLong count = new AtomicLong();
        try (Directory built = FSDirectory.open(aside); IndexWriter builder = new IndexWriter(built, config)) {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        for (ResourceDocument doc = next(docs); doc != null; doc = next(docs)) {
                            builder.addDocument(fields.document(doc));
                            count.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Rebuild interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failed) {
                    throw failed;
                }
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
            // as many segments as cores, for one search to cover them in parallel; fewer, larger segments also
            // mean fewer look-ups of each word than the dozens the build leaves behind
            builder.forceMerge(SEGMENTS);
            builder.commit();
        }
        return count.get();
    }

    private static ResourceDocument next(Iterator<ResourceDocument> docs) {
        synchronized (docs) {
            return docs.hasNext() ? docs.next() : null;
        }
    }
}
