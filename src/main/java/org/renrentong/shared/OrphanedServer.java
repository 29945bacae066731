package org.renrentong.shared;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for the embedded PostgreSQL of a kept data directory after the node died without stopping it
 * (kill -9, OOM kill, power loss). Its server runs detached from the node, so it outlives the node, and PostgreSQL
 * refuses a second server while {@code postmaster.pid} names a live process.
 * <p>
 * The orphan is the process that {@code postmaster.pid} names, and only if its command line
 * ({@code /proc/<pid>/cmdline}) is a {@code postgres} serving this very directory: a number reused by another process
 * is never signalled. It gets SIGTERM (PostgreSQL's smart shutdown: the dead node's sessions are gone, so it ends
 * at once, rolling back their unfinished transactions and writing a checkpoint); only if it hangs are it and its
 * children killed, and PostgreSQL's crash recovery replays the write-ahead log at the next start. Committed data
 * is never lost either way.
 * <p>
 * A node still alive holds zonky's {@code epg-lock} in the directory: then nothing is touched.
 */
final class OrphanedServer {

    /** What start-up found and did. */
    enum Outcome { NONE, STALE_PID_FILE_REMOVED, STOPPED, KILLED }

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final String PID_FILE = "postmaster.pid";
    /** zonky's lock file, held by the live node that runs the server */
    private static final String NODE_LOCK = "epg-lock";

    private final Path dataDir;
    private final Duration grace;

    OrphanedServer(Path dataDir, Duration grace) {
        this.dataDir = dataDir;
        this.grace = grace;
    }

    Outcome clear() throws IOException {
        if (!Files.exists(dataDir.resolve(PID_FILE))) {
            return Outcome.NONE;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(NODE_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("The embedded database in " + dataDir
                        + " belongs to another running node; stop that node first");
            }
            return clearLocked();
        }
    }

    private Outcome clearLocked() throws IOException {
        Optional<Long> pid = pidOf(dataDir.resolve(PID_FILE));
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || !servesThisDirectory(process.get().pid())) {
            // the server died with the node (or long ago, and its number went to another process)
            Files.deleteIfExists(dataDir.resolve(PID_FILE));
            log.warn("Removed the stale {} of {}: no PostgreSQL of this directory runs as pid {}", PID_FILE, dataDir,
                    pid.map(String::valueOf).orElse("(unreadable)"));
            return Outcome.STALE_PID_FILE_REMOVED;
        }
        ProcessHandle server = process.get();
        // its children are reparented once it is gone: take them now, in case it has to be killed
        List<ProcessHandle> children = server.descendants().toList();
        log.warn("The embedded PostgreSQL of {} (pid {}) outlived its node; shutting it down", dataDir, server.pid());
        server.destroy();
        if (exited(server, grace)) {
            log.warn("The orphaned PostgreSQL (pid {}) shut down cleanly", server.pid());
            return Outcome.STOPPED;
        }
        log.error("The orphaned PostgreSQL (pid {}) did not stop within {}; killing it and its {} processes; "
                + "crash recovery will replay its log", server.pid(), grace, children.size());
        server.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : children) {
            exited(p, grace);
        }
        if (!exited(server, grace)) {
            throw new IllegalStateException("Could not stop PostgreSQL pid " + server.pid() + " of " + dataDir);
        }
        Files.deleteIfExists(dataDir.resolve(PID_FILE));
        return Outcome.KILLED;
    }

    /** True when the process is a {@code postgres} started with {@code -D} this data directory. */
    private boolean servesThisDirectory(long pid) throws IOException {
        List<String> args;
        try {
            args = Arrays.asList(Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"),
                    StandardCharsets.UTF_8).split("\0"));
        } catch (NoSuchFileException e) {
            return false;
        }
        int d = args.indexOf("-D");
        if (args.isEmpty() || !Path.of(args.get(0)).getFileName().toString().equals("postgres")
                || d < 0 || d + 1 >= args.size()) {
            return false;
        }
        Path served = Path.of(args.get(d + 1));
        return Files.exists(served) && Files.isSameFile(served, dataDir);
    }

    /** The first line of the pid file; empty when the file is empty or garbled (a crash while it was written). */
    private static Optional<Long> pidOf(Path pidFile) throws IOException {
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            long pid = Long.parseLong(first.trim());
            return pid > 0 ? Optional.of(pid) : Optional.empty();
        } catch (NumberFormatException | MalformedInputException e) {
            return Optional.empty();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static boolean exited(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
