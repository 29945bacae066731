package org.renrentong.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The figures of one {@link SearchBenchmark} run, written for the README to quote. */
final class SearchReport {

    final int docs;
    final Path dir;
    double buildSeconds = -1;
    String buildLoad = "";
    long indexBytes;
    String load = "";
    double meanHits;
    double emptyShare;
    double rate;
    SearchLoad.Latencies single;
    SearchLoad.Latencies twoThreads;
    SearchLoad.Latencies open;

    SearchReport(int docs, Path dir) {
        this.docs = docs;
        this.dir = dir;
    }

    String render() throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("Search benchmark (Lucene, direct), ").append(LocalDate.now()).append('\n');
        sb.append(String.format("machine: %d cores, %.0f GiB RAM; Java %s; Lucene 9.12.3, smartcn + bigrams; heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), memoryGib(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1024 / 1024));
        sb.append(String.format("data: %,d synthetic resources (ResourceCorpus seed %d), index %.0f MB in %s%n", docs,
                SearchBenchmark.CORPUS_SEED, indexBytes / 1e6, dir));
        sb.append(buildSeconds < 0 ? "index build: reused from an earlier run\n"
                : String.format("index build: %.1f s (%,.0f documents/s; load average %s)%n", buildSeconds,
                        docs / buildSeconds, buildLoad));
        sb.append(String.format("queries: %,d of SearchQueryMix seed %d, page size %d, facet counts and highlights "
                + "included; mean %.0f hits, %.1f%% with none%n", single.micros().length, SearchBenchmark.QUERY_SEED,
                SearchQueryMix.PAGE_SIZE, meanHits, emptyShare * 100));
        sb.append("command: bench/search.sh ").append(docs).append("\n\n");
        sb.append(String.format("%-44s %8s %8s %8s %8s %8s %10s%n", "run", "mean ms", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "queries/s"));
        line(sb, "one at a time (service time)", single);
        line(sb, "closed loop, 2 threads", twoThreads);
        line(sb, String.format("open loop at %.0f/s (%,d queries)", rate, open.micros().length), open);
        sb.append("\nload average during the queries: ").append(load)
                .append(" (other work on the machine shares its cores)\n");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, SearchLoad.Latencies l) {
        sb.append(String.format("%-44s %8.2f %8.2f %8.2f %8.2f %8.2f %10.0f%n", name, l.meanMillis(),
                l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99), l.percentileMillis(100),
                l.perSecond()));
    }

    static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static double memoryGib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
            }
        }
        return 0;
    }
}
