package org.renrentong.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resource index embedded in the node: Lucene files in one directory, the smartcn analyser for Chinese text.
 * Writes refresh the searcher before they return; a background task commits every few seconds and {@link #close}
 * commits the rest, with the position in the change log the commit covers, so a restart knows where to go on. A directory whose index is missing or damaged is started
 * afresh and {@link #recreated()} says so, for the owner of the resources to {@link #rebuild} it.
 */
public final class LuceneResourceIndex implements ResourceIndex, Closeable {

    private static final Logger log = LoggerFactory.getLogger(LuceneResourceIndex.class);
    private static final long COMMIT_SECONDS = 5;
    private static final double RAM_BUFFER_MB = 64;

    private final Path path;
    private final Analyzer analyzer = IndexedFields.analyzer();
    private final IndexedFields fields = new IndexedFields();
    private final Searching searching = new Searching(analyzer);
    private final boolean recreated;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService committer;
    /** One search spreads over the cores through these; the searching thread takes a slice itself. */
    private final ExecutorService searchThreads = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), daemon("resource-search"));
    /** Writes share it; swapping in a rebuilt index takes it alone, so nobody sees or commits a half-swap. */
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private final Object rebuilding = new Object();
    /** While a rebuild runs: the writes made meanwhile, replayed over the rebuilt index. */
    private volatile WritesDuringRebuild meanwhile;
    private final AtomicLong position = new AtomicLong();

    private LuceneResourceIndex(Path path, int minSliceDocs) throws IOException {
        this.path = path;
        this.recreated = !IndexFiles.usable(path);
        if (recreated) {
            IOUtils.rm(path);
        }
        // the small segments each near-real-time refresh flushes stay in memory until they merge or are committed
        this.directory = new NRTCachingDirectory(FSDirectory.open(path), 8.0, 64.0);
        this.writer = new IndexWriter(directory, writerConfig());
        if (recreated) {
            writer.commit();
        }
        this.position.set(IndexFiles.committedPosition(writer));
        this.searchers = new SearcherManager(writer, FacetedSearcher.factory(new ColumnCache(), searchThreads, minSliceDocs));
        this.committer = Executors.newSingleThreadScheduledExecutor(daemon("resource-index-commit"));
        committer.scheduleWithFixedDelay(this::commitQuietly, COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Opens the index in this directory, creating it (empty) when it is missing or cannot be read. */
    public static LuceneResourceIndex open(Path path) {
        return open(path, FacetedSearcher.MIN_SLICE_DOCS);
    }

    /** Opens the index; a search gives a thread to every slice of at least this many documents. */
    static LuceneResourceIndex open(Path path, int minSliceDocs) {
        try {
            return new LuceneResourceIndex(path, minSliceDocs);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the resource index at " + path, e);
        }
    }

    /** True when the index had to be started empty because its files were missing or damaged. */
    public boolean recreated() {
        return recreated;
    }

    @Override
    public void put(ResourceDocument doc) {
        putAndRemove(List.of(doc), List.of());
    }

    @Override
    public void putAll(Collection<ResourceDocument> docs) {
        putAndRemove(docs, List.of());
    }

    @Override
    public void putAndRemove(Collection<ResourceDocument> docs, Collection<Long> removed) {
        write(() -> {
            for (ResourceDocument doc : docs) {
                writer.updateDocument(IndexedFields.idTerm(doc.id()), fields.document(doc));
                noteDuringRebuild(doc.id(), Optional.of(doc));
            }
            for (long id : removed) {
                writer.deleteDocuments(IndexedFields.idTerm(id));
                noteDuringRebuild(id, Optional.empty());
            }
        });
    }

    @Override
    public void putUses(Collection<UseCounts> uses) {
        write(() -> {
            for (UseCounts u : uses) {
                writer.updateDocValues(IndexedFields.idTerm(u.resourceId()), IndexedFields.uses(u));
                WritesDuringRebuild rebuild = meanwhile;
                if (rebuild != null) {
                    rebuild.uses(u);
                }
            }
        });
    }

    @Override
    public void remove(long id) {
        putAndRemove(List.of(), List.of(id));
    }

    @Override
    public void rebuild(Stream<ResourceDocument> all) {
        synchronized (rebuilding) {
            Path aside = path.resolveSibling(path.getFileName() + ".rebuild");
            meanwhile = new WritesDuringRebuild();
            try (all) {
                IOUtils.rm(aside);
                long count = AsideIndex.build(aside, this::writerConfig, fields, all.iterator());
                swapIn(aside);
                log.info("Rebuilt the resource index with {} documents", count);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot rebuild the resource index", e);
            } finally {
                meanwhile = null;
                try {
                    IOUtils.rm(aside);
                } catch (IOException e) {
                    log.warn("Cannot remove {}", aside, e);
                }
            }
        }
    }

    @Override
    public long position() {
        return position.get();
    }

    @Override
    public void followedTo(long followed) {
        Lock lock = swap.readLock();
        lock.lock();
        try {
            long now = position.accumulateAndGet(followed, Math::max);
            // set with every step, so any commit carries a position its writes cover
            IndexFiles.commitPosition(writer, now);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public SearchHits search(SearchQuery q) {
        long start = System.nanoTime();
        try {
            FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
            try {
                return searching.search(searcher, q, start);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of documents now searchable. */
    public int size() {
        try {
            var searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        committer.shutdown();
        searchThreads.shutdown();
        Lock lock = swap.writeLock();
        lock.lock();
        try {
            if (writer.isOpen()) {
                writer.commit();
            }
            IOUtils.close(searchers, writer, directory, analyzer);
        } finally {
            lock.unlock();
        }
    }

    private void swapIn(Path aside) throws IOException {
        Lock lock = swap.writeLock();
        lock.lock();
        try (Directory built = FSDirectory.open(aside)) {
            writer.deleteAll();
            writer.addIndexes(built);
            meanwhile.replay(writer, fields);
            IndexFiles.commitPosition(writer, position.get());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } finally {
            lock.unlock();
        }
    }

    private void noteDuringRebuild(long id, Optional<ResourceDocument> doc) {
        WritesDuringRebuild rebuild = meanwhile;
        if (rebuild != null) {
            rebuild.document(id, doc);
        }
    }

    private void write(IndexWrite work) {
        Lock lock = swap.readLock();
        lock.lock();
        try {
            work.run();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the resource index", e);
        } finally {
            lock.unlock();
        }
    }

    private void commitQuietly() {
        Lock lock = swap.readLock();
        lock.lock();
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot commit the resource index", e);
        } finally {
            lock.unlock();
        }
    }

    private IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(true);
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @FunctionalInterface
    private interface IndexWrite {
        void run() throws IOException;
    }
}
