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
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Builds a complete index in a directory of its own, for a rebuild to swap in at once. Analysis is what indexing
 * costs, so every core takes documents from the stream into a part of its own; the finished index holds one
 * segment per core.
 */
final class AsideIndex {

    static final int SEGMENTS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private AsideIndex() {
    }

    static long build(Path aside, Supplier<IndexWriterConfig> config, IndexedFields fields,
                      Iterator<ResourceDocument> docs) throws IOException {
        AtomicLong count = new AtomicLong();
        List<Path> parts = new ArrayList<>();
        for (int part = 0; part < SEGMENTS; part++) {
            parts.add(aside.resolveSibling(aside.getFileName() + ".part" + part));
        }
        try {
            ExecutorService pool = Executors.newFixedThreadPool(SEGMENTS);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (Path part : parts) {
                    workers.add(pool.submit(() -> buildPart(part, config.get(), fields, docs, count)));
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
            combine(aside, config.get(), parts);
        } finally {
            IOUtils.rm(parts.toArray(Path[]::new));
        }
        return count.get();
    }

    /** One core's share of the documents, as they come, merged into one segment. */
    private static Void buildPart(Path part, IndexWriterConfig config, IndexedFields fields,
                                  Iterator<ResourceDocument> docs, AtomicLong count) throws IOException {
        IOUtils.rm(part);
        try (Directory dir = FSDirectory.open(part); IndexWriter writer = new IndexWriter(dir, config)) {
            for (ResourceDocument doc = next(docs); doc != null; doc = next(docs)) {
                writer.addDocument(fields.document(doc));
                count.incrementAndGet();
            }
            writer.forceMerge(1);
            writer.commit();
        }
        return null;
    }

    /**
     * The parts' segments side by side, copied as they are: one segment per core, of about the same size, so that
     * one search covers them in parallel in about equal time. (A forced merge into as many segments leaves them
     * uneven: one took four fifths of the documents.)
     */
    private static void combine(Path aside, IndexWriterConfig config, List<Path> parts) throws IOException {
        List<Directory> dirs = new ArrayList<>();
        try (Directory built = FSDirectory.open(aside); IndexWriter writer = new IndexWriter(built, config)) {
            for (Path part : parts) {
                dirs.add(FSDirectory.open(part));
            }
            writer.addIndexes(dirs.toArray(Directory[]::new));
            writer.commit();
        } finally {
            IOUtils.close(dirs);
        }
    }

    private static ResourceDocument next(Iterator<ResourceDocument> docs) {
        synchronized (docs) {
            return docs.hasNext() ? docs.next() : null;
        }
    }
}
