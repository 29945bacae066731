package org.renrentong.bench.search;

import org.renrentong.bench.Load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.renrentong.search.LuceneResourceIndex;
import org.renrentong.search.SearchHits;
import org.renrentong.search.SearchQuery;

/**
 * Search straight against the embedded Lucene index (see bench/search.sh): builds the index of a synthetic corpus
 * once (kept in a directory and reused while it holds the same number of documents), then runs the query mix one
 * search at a time (service time), closed loop on two threads (throughput) and open loop at a fixed rate, each of
 * them several times after a warm-up.
 */
class SearchBenchmark {

    static final long CORPUS_SEED = 2026;
    static final long QUERY_SEED = 7;

    @Test
    void luceneSearch() throws Exception {
        int docs = Integer.getInteger("bench.docs", 1_000_000);
        int queries = Integer.getInteger("bench.queries", 5_000);
        int runs = Integer.getInteger("bench.runs", 3);
        double rate = Double.parseDouble(System.getProperty("bench.rate", "100"));
        int openSeconds = Integer.getInteger("bench.open-seconds", 30);
        Path dir = Path.of(System.getProperty("bench.index", "target/bench/search-index-" + docs));
        SearchReport report = new SearchReport(docs, dir);
        ResourceCorpus corpus = new ResourceCorpus(CORPUS_SEED);
        try (LuceneResourceIndex index = LuceneResourceIndex.open(dir)) {
            if (index.size() != docs) {
                report.buildLoad = SearchReport.loadAverage();
                long start = System.nanoTime();
                index.rebuild(corpus.documents(docs));
                report.buildSeconds = (System.nanoTime() - start) / 1e9;
                report.buildLoad += " -> " + SearchReport.loadAverage();
            }
            assertThat(index.size()).isEqualTo(docs);
            report.indexBytes = size(dir);
            SearchQueryMix mix = new SearchQueryMix(corpus, QUERY_SEED);
            List<SearchQuery> list = mix.queries(queries);
            Load.closedLoop(new SearchQueryMix(corpus, QUERY_SEED + 1).queries(Math.min(queries, 5_000)), 2,
                    index::search);
            report.load = SearchReport.loadAverage();
            report.rate = rate;
            List<SearchQuery> open = list.subList(0, (int) Math.min(list.size(), rate * openSeconds));
            for (int run = 0; run < runs; run++) {
                // every measured pass starts on a new searcher, with none of the answers of the pass before
                index.put(corpus.document(1));
                AtomicLong hits = new AtomicLong();
                AtomicLong empty = new AtomicLong();
                report.single.add(Load.closedLoop(list, 1, q -> {
                    SearchHits found = index.search(q);
                    hits.addAndGet(found.total());
                    if (found.total() == 0) {
                        empty.incrementAndGet();
                    }
                }));
                report.meanHits = hits.get() / (double) queries;
                report.emptyShare = empty.get() / (double) queries;
                index.put(corpus.document(1));
                report.twoThreads.add(Load.closedLoop(list, 2, index::search));
                index.put(corpus.document(1));
                report.open.add(Load.openLoop(open, rate, 16, index::search));
                System.out.printf("run %d of %d done%n", run + 1, runs);
            }
            report.load += " -> " + SearchReport.loadAverage();
        }
        Path out = Path.of("bench", "results", "search.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.render());
        System.out.println(report.render());
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
