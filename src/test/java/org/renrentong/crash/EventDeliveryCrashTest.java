package org.renrentong.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renrentong.storage.SampleFiles;
import org.renrentong.testing.NodeClient;
import org.renrentong.testing.NodeProcess;
import org.springframework.util.FileSystemUtils;

/**
 * A crash between commit and delivery loses no event: the real node publishes a resource while its deliveries and
 * its search index are held back ({@code renrentong.events.test-delivery-delay}, {@code
 * renrentong.search.test-index-delay}), is killed with SIGKILL with the deliveries still in the outbox, and started
 * again on the same data without the holds: the resource is then found by search, its owner has the notice of the
 * review decision, and no publication is left incomplete.
 */
class EventDeliveryCrashTest {

    private static final String PASSWORD = "Renrentong@2026";

    private NodeProcess held;
    private NodeProcess node;
    private boolean passed;

    @AfterEach
    void stopNodes() throws Exception {
        for (NodeProcess n : new NodeProcess[] {node, held}) {
            if (n != null) {
                n.close();
            }
        }
        if (passed) {
            FileSystemUtils.deleteRecursively(held.dataDir());
        }
    }

    @Test
    void anEventPendingWhenTheNodeIsKilledIsDeliveredAfterTheRestart() throws Exception {
        Path data = Path.of("target", "crash", "events-" + System.currentTimeMillis());
        held = new NodeProcess(data, "--renrentong.search.test-index-delay=1h", "--renrentong.events.test-delivery-delay=1h",
                "--renrentong.storage.chunk-size=64KB").start();
        String word = "断电" + System.nanoTime();
        long id = publish(new NodeClient(held, "teacher", PASSWORD), new NodeClient(held, "expert", PASSWORD), word);

        assertThat(undelivered(held, id)).as("the index updates (submitted, published) wait in the outbox")
                .isEqualTo(2);
        assertThat(found(new NodeClient(held, "teacher", PASSWORD), word)).isEmpty();
        held.kill();

        node = new NodeProcess(data, "--renrentong.storage.chunk-size=64KB").start();
        NodeClient teacher = new NodeClient(node, "teacher", PASSWORD);
        await(() -> found(teacher, word).contains(id));
        await(() -> incomplete(node) == 0);
        assertThat(teacher.get("/api/v1/notifications").body()).contains(word);
        passed = true;
    }

    /** A new resource of the demo teacher, submitted and published by the demo expert: its id. */
    private static long publish(NodeClient teacher, NodeClient expert, String word) throws Exception {
        byte[] pdf = SampleFiles.pdf(word, 20_000);
        HttpResponse<String> begun = teacher.postJson("/api/v1/uploads",
                "{\"name\":\"crash.pdf\",\"size\":" + pdf.length + "}");
        assertThat(begun.statusCode()).as(begun.body()).isEqualTo(201);
        String upload = JsonPath.read(begun.body(), "$.id");
        assertThat(teacher.patch("/api/v1/uploads/" + upload + "?offset=0", pdf).statusCode()).isEqualTo(200);
        assertThat(teacher.post("/api/v1/uploads/" + upload + "/finish").statusCode()).isEqualTo(200);

        String mine = teacher.get("/api/v1/resources/mine").body();
        long place = ((Number) JsonPath.read(mine, "$[0].places[0].nodeId")).longValue();
        HttpResponse<String> created = teacher.postJson("/api/v1/resources", """
                {"title":"%s 教学设计","description":"","keywords":[],"type":"LESSON_PLAN","placeIds":[%d],
                 "audiences":["TEACHER"],"language":"zh","licence":"CC_BY_4_0","visibility":"PUBLIC",
                 "files":[{"uploadId":"%s","role":"PLAN"}]}""".formatted(word, place, upload));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        review(teacher, id, "SUBMIT");
        review(expert, id, "PUBLISH");
        return id;
    }

    private static void review(NodeClient who, long id, String action) throws Exception {
        HttpResponse<String> done = who.postJson("/api/v1/resources/" + id + "/review",
                "{\"action\":\"" + action + "\"}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    }

    private static List<Long> found(NodeClient client, String word) {
        try {
            String hits = client.get("/api/v1/resources?q=" + java.net.URLEncoder.encode(word, "UTF-8")).body();
            List<Number> ids = JsonPath.read(hits, "$.hits[*].id");
            return ids.stream().map(Number::longValue).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long undelivered(NodeProcess n, long resourceId) throws Exception {
        return count(n, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                + " AND listener_id = 'resource.search-index' AND serialized_event = ?",
                "{\"resourceId\":" + resourceId + "}");
    }

    private static long incomplete(NodeProcess n) {
        try {
            return count(n, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(NodeProcess n, String sql, String... args) throws Exception {
        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + n.databasePort() + "/postgres?user=postgres");
             PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                query.setString(i + 1, args[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void await(BooleanSupplier condition) throws InterruptedException {
        // bounded against a delivery that never comes; not a statement about speed
        long giveUpAt = System.nanoTime() + 300_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("The event was not delivered after the restart:\n" + node.log());
            }
            Thread.sleep(200);
        }
    }
}
