package org.renrentong.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a list of requests (searches, sign-ins…) against any function doing one (in process, or over HTTP) and
 * measures latency. Closed loop: each thread sends its next request when it has an answer. Open loop: requests
 * start on a fixed schedule and latency counts from the scheduled start, so a stall is not hidden by waiting.
 */
public final class Load {

    /** Latencies in microseconds, sorted, and the wall time they took. */
    public record Latencies(long[] micros, double seconds) {

        public double percentileMillis(double p) {
            int at = (int) Math.ceil(p / 100 * micros.length) - 1;
            return micros[Math.max(0, Math.min(at, micros.length - 1))] / 1000.0;
        }

        public double meanMillis() {
            return Arrays.stream(micros).average().orElse(0) / 1000.0;
        }

        public double perSecond() {
            return micros.length / seconds;
        }
    }

    private Load() {
    }

    public static <T> Latencies closedLoop(List<T> queries, int threads, Consumer<T> search)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] micros = new long[queries.size()];
        long start = System.nanoTime();
        run(threads, () -> {
            for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                long begin = System.nanoTime();
                search.accept(queries.get(i));
                micros[i] = (System.nanoTime() - begin) / 1000;
            }
            return null;
        });
        return latencies(micros, start);
    }

    public static <T> Latencies openLoop(List<T> queries, double perSecond, int threads,
            Consumer<T> search) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] micros = new long[queries.size()];
        long start = System.nanoTime();
        long intervalNanos = (long) (1e9 / perSecond);
        run(threads, () -> {
            for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                long scheduled = start + i * intervalNanos;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                search.accept(queries.get(i));
                micros[i] = (System.nanoTime() - scheduled) / 1000;
            }
            return null;
        });
        return latencies(micros, start);
    }

    private static void run(int threads, Callable<?> worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> done : running) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Latencies latencies(long[] micros, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted, seconds);
    }
}
