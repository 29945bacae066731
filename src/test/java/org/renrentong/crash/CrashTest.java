package org.renrentong.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renrentong.storage.SampleFiles;
import org.renrentong.testing.NodeClient;
import org.renrentong.testing.NodeProcess;
import org.springframework.util.FileSystemUtils;

/**
 * The real node, killed with SIGKILL (its embedded PostgreSQL runs on, orphaned) while a roster import writes and an
 * upload is half sent, comes back on the same data directory with no hand step: the import is shown interrupted and
 * left nothing behind, and runs again; the upload resumes where the node had it.
 */
class CrashTest {

    private static final String PASSWORD = "Renrentong@2026";
    private static final int CHUNK = 64 * 1024;
    /** Enough rows that the import is still writing when the node is killed. */
    private static final int STUDENTS = 60_000;
    private static final int CLASSES = 30;
    /** What an import writes: people, role grants, class places, guardianships, classes and spaces. */
    private static final List<String> RUNNING = List.of("QUEUED", "VALIDATING", "WRITING");
    private static final String[] TABLES = {"person", "role_grant", "class_student", "guardianship",
        "school_class", "space"};

    private NodeProcess node;
    private boolean passed;

    /** Ends the node and its database; the data directory stays for a look when the test failed. */
    @AfterEach
    void stopNode() throws Exception {
        if (node != null) {
            node.close();
            if (passed) {
                FileSystemUtils.deleteRecursively(node.dataDir());
            }
        }
    }

    @Test
    void aNodeKilledDuringAnImportAndAnUploadRestartsByItselfWithNothingHalfWrittenAndTheUploadResumes()
            throws Exception {
        node = new NodeProcess(Path.of("target", "crash", "node-" + System.currentTimeMillis()),
                "--renrentong.storage.chunk-size=64KB").start();
        NodeClient principal = new NodeClient(node, "principal", PASSWORD);
        NodeClient teacher = new NodeClient(node, "teacher", PASSWORD);
        Map<String, Long> before = counts();

        byte[] pdf = SampleFiles.pdf("crash " + System.nanoTime(), 5 * CHUNK + 1000);
        HttpResponse<String> begun = teacher.postJson("/api/v1/uploads",
                "{\"name\":\"crash.pdf\",\"size\":" + pdf.length + "}");
        assertThat(begun.statusCode()).as(begun.body()).isEqualTo(201);
        String upload = "/api/v1/uploads/" + JsonPath.read(begun.body(), "$.id");
        sendChunk(teacher, upload, pdf, 0);
        sendChunk(teacher, upload, pdf, CHUNK);

        byte[] roster = roster();
        String job = startImport(principal, roster);
        awaitWriting(principal, job);
        long database = node.databasePid().orElseThrow();
        node.kill();
        assertThat(ProcessHandle.of(database).filter(ProcessHandle::isAlive))
                .as("the embedded PostgreSQL outlives the killed node").isPresent();

        node.start();

        assertThat(ProcessHandle.of(database).filter(ProcessHandle::isAlive))
                .as("the orphaned PostgreSQL was stopped").isEmpty();
        String interrupted = principal.get(job).body();
        assertThat((String) JsonPath.read(interrupted, "$.status")).as(interrupted).isEqualTo("FAILED");
        assertThat((String) JsonPath.read(interrupted, "$.message")).contains("interrupted by a restart");
        assertThat(counts()).as("nothing of the interrupted import was written").isEqualTo(before);

        HttpResponse<String> offset = teacher.head(upload);
        assertThat(offset.statusCode()).isEqualTo(200);
        assertThat(offset.headers().firstValue("Upload-Offset")).hasValue(String.valueOf(2 * CHUNK));
        for (int at = 2 * CHUNK; at < pdf.length; at += CHUNK) {
            sendChunk(teacher, upload, pdf, at);
        }
        HttpResponse<String> finished = teacher.post(upload + "/finish");
        assertThat(finished.statusCode()).as(finished.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(finished.body(), "$.state")).isEqualTo("COMPLETED");
        assertThat((String) JsonPath.read(finished.body(), "$.sha256")).isEqualTo(sha256(pdf));

        String again = awaitFinished(principal, startImport(principal, roster));
        assertThat((String) JsonPath.read(again, "$.status")).as(again).isEqualTo("DONE");
        assertThat(((Number) JsonPath.read(again, "$.createdRows")).longValue()).isEqualTo(2L * STUDENTS);
        assertThat(((Number) JsonPath.read(again, "$.createdClasses")).intValue()).isEqualTo(CLASSES);
        assertThat(((Number) JsonPath.read(again, "$.linkedGuardians")).longValue()).isEqualTo(STUDENTS);
        Map<String, Long> after = counts();
        assertThat(after.get("person") - before.get("person")).isEqualTo(2L * STUDENTS);
        assertThat(after.get("class_student") - before.get("class_student")).isEqualTo(STUDENTS);
        assertThat(after.get("guardianship") - before.get("guardianship")).isEqualTo(STUDENTS);
        assertThat(after.get("school_class") - before.get("school_class")).isEqualTo(CLASSES);
        passed = true;
    }

    private String startImport(NodeClient admin, byte[] roster) throws Exception {
        HttpResponse<String> started = admin.postFile("/api/v1/imports", "file", "crash.csv", roster,
                "initialPassword", "Crash-Pass1");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return "/api/v1/imports/" + JsonPath.read(started.body(), "$.job.id");
    }

    /** Waits until the import merges its students, the heart of its one transaction. */
    private void awaitWriting(NodeClient admin, String job) throws Exception {
        String view = poll(admin, job, 20, v -> !"QUEUED".equals(status(v)) && !"VALIDATING".equals(status(v))
                && (!"WRITING".equals(status(v)) || ((Number) JsonPath.read(v, "$.progress")).intValue() >= 75));
        if (!"WRITING".equals(status(view))) {
            fail("The import ended before the node could be killed (make it bigger): " + view);
        }
    }

    private String awaitFinished(NodeClient admin, String job) throws Exception {
        return poll(admin, job, 200, v -> !RUNNING.contains(status(v)));
    }

    private String poll(NodeClient admin, String job, long pauseMillis, Predicate<String> until) throws Exception {
        // bounded against a hung job; not a statement about speed
        long giveUpAt = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < giveUpAt) {
            String view = admin.get(job).body();
            if (until.test(view)) {
                return view;
            }
            Thread.sleep(pauseMillis);
        }
        throw new IllegalStateException("The import did not get there:\n" + node.log());
    }

    private static String status(String view) {
        return JsonPath.read(view, "$.status");
    }

    private static void sendChunk(NodeClient client, String upload, byte[] bytes, int offset) throws Exception {
        HttpResponse<String> sent = client.patch(upload + "?offset=" + offset,
                Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + CHUNK)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    }

    /**
     * Rows of the tables an import writes, read from the node's database once the events of earlier writes (the
     * demo province's spaces, an import's) are delivered.
     */
    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + node.databasePort() + "/postgres?user=postgres");
             Statement sql = db.createStatement()) {
            // bounded against a listener that never succeeds; not a statement about speed
            long giveUpAt = System.nanoTime() + 60_000_000_000L;
            while (pending(sql) > 0 && System.nanoTime() < giveUpAt) {
                Thread.sleep(50);
            }
            for (String table : TABLES) {
                try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static long pending(Statement sql) throws Exception {
        try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Students of new classes of 七年级, each with a guardian of their own. */
    private static byte[] roster() {
        StringBuilder csv = new StringBuilder("\uFEFF年级,班级,学号,姓名,性别,身份证号,家长姓名,家长手机号,家长关系\r\n");
        for (int i = 0; i < STUDENTS; i++) {
            csv.append("七年级,").append(11 + i % CLASSES).append("班,K").append(String.format("%06d", i))
                    .append(",王小").append((char) ('一' + i % 500)).append(',').append(i % 2 == 0 ? "男" : "女")
                    .append(",,王大").append((char) ('一' + i % 500)).append(",159").append(String.format("%08d", i))
                    .append(",父亲\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
