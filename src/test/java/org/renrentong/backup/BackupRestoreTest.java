package org.renrentong.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renrentong.storage.SampleFiles;
import org.renrentong.testing.NodeClient;
import org.renrentong.testing.NodeProcess;
import org.springframework.util.FileSystemUtils;

/**
 * The backup the README gives for a node on its embedded database: stop the node and copy its data directory
 * (database, ID-card key, stored files). Put back, the copy brings the node back as it was then: what was written
 * before the backup is there with its file's bytes, what was written after it is not.
 */
class BackupRestoreTest {

    private static final String PASSWORD = "Renrentong@2026";

    private NodeProcess node;
    private Path backup;
    private boolean passed;

    @AfterEach
    void stopNode() {
        if (node != null) {
            node.close();
            if (passed) {
                FileSystemUtils.deleteRecursively(node.dataDir().toFile());
                FileSystemUtils.deleteRecursively(backup.toFile());
            }
        }
    }

    @Test
    void aCopyOfTheStoppedNodesDataDirectoryBringsItBackAsItWas() throws Exception {
        Path live = Path.of("target", "backup", "node-" + System.currentTimeMillis()).toAbsolutePath();
        backup = live.resolveSibling(live.getFileName() + "-copy");
        node = new NodeProcess(live).start();
        byte[] kept = SampleFiles.pdf("kept " + System.nanoTime(), 40_000);
        String keptUpload = upload(new NodeClient(node, "teacher", PASSWORD), kept);
        node.stop();
        assertThat(node.databasePid()).as("the database stopped with the node").isEmpty();
        copy(live, backup);

        node.start();
        String laterUpload = upload(new NodeClient(node, "teacher", PASSWORD),
                SampleFiles.pdf("later " + System.nanoTime(), 40_000));
        node.stop();
        FileSystemUtils.deleteRecursively(live);
        copy(backup, live);
        node.start();

        NodeClient teacher = new NodeClient(node, "teacher", PASSWORD);
        HttpResponse<String> before = teacher.get(keptUpload);
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
        String sha256 = JsonPath.read(before.body(), "$.sha256");
        assertThat(Files.readAllBytes(live.resolve("blobs").resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4)).resolve(sha256))).isEqualTo(kept);
        assertThat(teacher.get(laterUpload).statusCode()).isEqualTo(404);
        assertThat(Files.readAllBytes(live.resolve("keys/id-card.key")))
                .isEqualTo(Files.readAllBytes(backup.resolve("keys/id-card.key")));
        passed = true;
    }

    /** As {@code cp -a} does: PostgreSQL starts only on a database directory that others may not read (0700). */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.copy(path, to.resolve(from.relativize(path)), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** Uploads the bytes in one chunk and finishes; the upload's path. */
    private static String upload(NodeClient teacher, byte[] bytes) throws Exception {
        HttpResponse<String> begun = teacher.postJson("/api/v1/uploads",
                "{\"name\":\"lesson.pdf\",\"size\":" + bytes.length + "}");
        assertThat(begun.statusCode()).as(begun.body()).isEqualTo(201);
        String upload = "/api/v1/uploads/" + JsonPath.read(begun.body(), "$.id");
        HttpResponse<String> sent = teacher.patch(upload + "?offset=0", bytes);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        HttpResponse<String> finished = teacher.post(upload + "/finish");
        assertThat((String) JsonPath.read(finished.body(), "$.state")).as(finished.body()).isEqualTo("COMPLETED");
        return upload;
    }
}
