package org.renrentong.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up of the embedded database on a kept data directory that a crash left behind: a stale {@code postmaster.pid}
 * (the server died too, and its number may belong to another process by now), or a directory a live node still uses.
 * An orphaned server that outlived its node is stopped end to end in {@code CrashTest}.
 */
class OrphanedServerTest {

    private static final Duration WAIT = Duration.ofMinutes(2);

    @TempDir
    Path tmp;

    @Test
    void aPidFileWhoseNumberNowBelongsToAnotherProcessIsRemovedThatProcessLeftAloneAndTheDataKept() throws Exception {
        Path dir = keptDirectoryWithOneRow();
        Process stranger = new ProcessBuilder("sleep", "300").start();
        try {
            writePidFile(dir, stranger.pid());

            try (EmbeddedPostgres postgres = start(dir)) {
                assertThat(rows(postgres)).isEqualTo(1);
            }
            assertThat(stranger.isAlive()).isTrue();
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void aPidFileOfAProcessThatIsGoneIsRemoved() throws Exception {
        Path dir = tmp;
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        writePidFile(dir, gone.pid());

        assertThat(new OrphanedServer(dir, WAIT).clear()).isEqualTo(OrphanedServer.Outcome.STALE_PID_FILE_REMOVED);
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
        assertThat(new OrphanedServer(dir, WAIT).clear()).isEqualTo(OrphanedServer.Outcome.NONE);
    }

    @Test
    void anOrphanThatIgnoresTheShutdownIsKilled() throws Exception {
        Path dir = tmp.toAbsolutePath();
        // a process that looks like the directory's postgres (argv[0] postgres, -D the directory) and ignores
        // SIGTERM: it waits on its standard input, which the test keeps open
        Process hung = new ProcessBuilder("bash", "-c",
                "trap '' TERM; exec -a " + dir.resolve("bin/postgres") + " cat -- - -D " + dir).start();
        try {
            Path cmdline = Path.of("/proc", String.valueOf(hung.pid()), "cmdline");
            while (!Files.readString(cmdline).startsWith(dir.resolve("bin/postgres").toString())) {
                Thread.sleep(10); // until bash has become the look-alike
            }
            writePidFile(dir, hung.pid());

            assertThat(new OrphanedServer(dir, Duration.ofSeconds(1)).clear())
                    .isEqualTo(OrphanedServer.Outcome.KILLED);
            assertThat(hung.isAlive()).isFalse();
            assertThat(dir.resolve("postmaster.pid")).doesNotExist();
        } finally {
            hung.destroyForcibly();
        }
    }

    @Test
    void theServerOfANodeStillRunningIsNeverTouched() throws Exception {
        Path dir = keptDirectoryWithOneRow();
        try (EmbeddedPostgres running = start(dir)) {
            assertThatThrownBy(() -> new OrphanedServer(dir, WAIT).clear())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("another running node");
            assertThat(rows(running)).isEqualTo(1);
        }
    }

    /** A kept data directory with a table of one row, its server stopped cleanly. */
    private Path keptDirectoryWithOneRow() throws Exception {
        Path dir = tmp.resolve("pg");
        try (EmbeddedPostgres postgres = start(dir);
             Connection db = postgres.getPostgresDatabase().getConnection();
             Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)");
        }
        return dir;
    }

    private static EmbeddedPostgres start(Path dir) throws Exception {
        return new EmbeddedDatabaseConfiguration().embeddedPostgres(dir.toString(), 0, WAIT);
    }

    private static long rows(EmbeddedPostgres postgres) throws Exception {
        try (Connection db = postgres.getPostgresDatabase().getConnection();
             Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT count(*) FROM kept")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The lines PostgreSQL writes: pid, data directory, start time, port, socket directory, host. */
    private static void writePidFile(Path dir, long pid) throws Exception {
        Files.write(dir.resolve("postmaster.pid"), List.of(String.valueOf(pid), dir.toAbsolutePath().toString(),
                "1796500000", "5432", "/tmp", "localhost"));
    }
}
