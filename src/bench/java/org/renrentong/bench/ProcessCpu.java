package org.renrentong.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time of processes from /proc (user + system, in milliseconds): of this JVM, and of a PostgreSQL server (its
 * postmaster and backends, found by the port it listens on). What a piece of work costs in CPU does not depend on
 * the load of the machine, as its duration does.
 */
public final class ProcessCpu {

    /** Clock ticks per second of /proc/&lt;pid&gt;/stat (USER_HZ, 100 on Linux). */
    private static final long TICKS = 100;

    private ProcessCpu() {
    }

    /** CPU milliseconds of this JVM so far. */
    public static long thisJvm() {
        return millis(ProcessHandle.current().pid());
    }

    /** CPU milliseconds so far of another process: the node under test. */
    public static long of(long pid) {
        return millis(pid);
    }

    /** CPU milliseconds so far of the PostgreSQL server on this port: its postmaster and its live backends. */
    public static long postgres(int port) {
        List<Long> pids = pids();
        long postmaster = pids.stream().filter(pid -> listensOn(pid, port)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL on port " + port));
        return millis(postmaster) + pids.stream().filter(pid -> parent(pid) == postmaster)
                .mapToLong(ProcessCpu::millis).sum();
    }

    private static List<Long> pids() {
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::valueOf).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A postmaster started with {@code -p port}, as the embedded PostgreSQL starts it. */
    private static boolean listensOn(long pid, int port) {
        try {
            List<String> args = Arrays.asList(new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid),
                    "cmdline")), StandardCharsets.UTF_8).split("\0"));
            int p = args.indexOf("-p");
            return !args.isEmpty() && args.get(0).endsWith("postgres") && p > 0 && p + 1 < args.size()
                    && args.get(p + 1).equals(String.valueOf(port));
        } catch (IOException e) {
            return false;
        }
    }

    private static long parent(long pid) {
        String[] stat = stat(pid);
        return stat == null ? -1 : Long.parseLong(stat[1]);
    }

    private static long millis(long pid) {
        String[] stat = stat(pid);
        return stat == null ? 0 : (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 1000 / TICKS;
    }

    /** The fields of /proc/pid/stat after the command's name: [0] state, [1] ppid, ..., [11] utime, [12] stime. */
    private static String[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null; // the process ended meanwhile
        }
    }
}
