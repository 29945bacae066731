package org.renrentong.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renrentong.storage.SampleFiles;
import org.renrentong.testing.NodeClient;
import org.renrentong.testing.NodeProcess;
import org.springframework.util.FileSystemUtils;

/**
 * Three real nodes on one machine, school → county → province, joined as their administrators join them: a resource
 * published at the school is found by a Chinese keyword at the province once the county and then the province have
 * harvested their children, with the school as its node of origin (counted at the province as a school); withdrawn at the school, it leaves the
 * province's search after the next harvests.
 */
class ThreeNodesTest {

    private static final String PASSWORD = "Renrentong@2026";

    private final NodeProcess[] nodes = new NodeProcess[3];
    private boolean passed;

    @AfterEach
    void stop() {
        for (NodeProcess n : nodes) {
            if (n != null) {
                n.close();
                if (passed) {
                    FileSystemUtils.deleteRecursively(n.dataDir().toFile());
                }
            }
        }
    }

    @Test
    void aSchoolsResourceIsFoundAtTheProvinceWithItsOriginAndLeavesWhenWithdrawn() throws Exception {
        long run = System.currentTimeMillis();
        NodeProcess school = nodes[0] = node(run, "s" + run % 100000, "第一实验小学节点", "SCHOOL", "130102");
        NodeProcess county = nodes[1] = node(run, "c" + run % 100000, "长安区节点", "COUNTY", "130102");
        NodeProcess province = nodes[2] = node(run, "p" + run % 100000, "河北省节点", "PROVINCE", "130000");
        join(school, county, "第一实验小学节点", "SCHOOL", "130102");
        join(county, province, "长安区节点", "COUNTY", "130102");

        String word = "勾股定理" + run;
        long id = publish(new NodeClient(school, "teacher", PASSWORD), new NodeClient(school, "expert", PASSWORD), word);
        harvestChildren(county);
        harvestChildren(province);

        NodeClient visitor = new NodeClient(province, "admin", PASSWORD);
        await(() -> !found(visitor, word).isEmpty());
        long there = found(visitor, word).get(0);
        String resource = visitor.get("/api/v1/resources/" + there).body();
        assertThat((String) JsonPath.read(resource, "$.originName")).isEqualTo("第一实验小学节点");
        assertThat((String) JsonPath.read(resource, "$.originIdentifier"))
                .isEqualTo("oai:s" + run % 100000 + ":resource/" + id);
        // the province never joined the school, yet counts it as a school: the level travels with the records
        String statistics = visitor.get("/api/v1/federation/statistics").body();
        List<String> levels = JsonPath.read(statistics, "$.origins[?(@.name == '第一实验小学节点')].level");
        assertThat(levels).containsExactly("SCHOOL");

        HttpResponse<String> withdrawn = new NodeClient(school, "teacher", PASSWORD)
                .postJson("/api/v1/resources/" + id + "/review", "{\"action\":\"WITHDRAW\"}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        harvestChildren(county);
        harvestChildren(province);
        await(() -> found(visitor, word).isEmpty());
        passed = true;
    }

    private static NodeProcess node(long run, String code, String name, String level, String region)
            throws Exception {
        return new NodeProcess(Path.of("target", "federation", "three-" + run, code),
                "--renrentong.node.code=" + code, "--renrentong.node.name=" + name,
                "--renrentong.node.level=" + level, "--renrentong.node.region=" + region).start();
    }

    /** The parent's administrator issues a token for the child; the child's administrator joins with it. */
    private static void join(NodeProcess child, NodeProcess parent, String name, String level, String region)
            throws Exception {
        HttpResponse<String> issued = new NodeClient(parent, "admin", PASSWORD).postJson(
                "/api/v1/federation/join-tokens",
                "{\"name\":\"%s\",\"level\":\"%s\",\"regionCode\":\"%s\"}".formatted(name, level, region));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String token = JsonPath.read(issued.body(), "$.token");
        HttpResponse<String> joined = new NodeClient(child, "admin", PASSWORD).postJson("/api/v1/federation/parent",
                "{\"baseUrl\":\"%s\",\"token\":\"%s\"}".formatted(parent.uri(""), token));
        assertThat(joined.statusCode()).as(joined.body()).isBetween(200, 201);
    }

    /** Harvests every child of the node at once, and waits until no harvest of it runs. */
    private static void harvestChildren(NodeProcess node) throws Exception {
        NodeClient admin = new NodeClient(node, "admin", PASSWORD);
        await(() -> !children(admin).isEmpty());
        for (Number source : children(admin)) {
            HttpResponse<String> started = admin.post("/api/v1/harvest/sources/" + source + "/harvest");
            assertThat(started.statusCode()).as(started.body()).isBetween(200, 202);
            await(() -> {
                String detail = body(admin, "/api/v1/harvest/sources/" + source);
                return !(Boolean) JsonPath.read(detail, "$.running")
                        && JsonPath.<List<Object>>read(detail, "$.runs").size() > 0;
            });
        }
    }

    private static List<Number> children(NodeClient admin) {
        return JsonPath.read(body(admin, "/api/v1/harvest/sources"), "$[?(@.source.nodeCode)].source.id");
    }

    /** A new resource of the demo teacher, submitted and published by the demo expert: its id. */
    private static long publish(NodeClient teacher, NodeClient expert, String word) throws Exception {
        byte[] pdf = SampleFiles.pdf(word, 20_000);
        HttpResponse<String> begun = teacher.postJson("/api/v1/uploads",
                "{\"name\":\"lesson.pdf\",\"size\":" + pdf.length + "}");
        assertThat(begun.statusCode()).as(begun.body()).isEqualTo(201);
        String upload = JsonPath.read(begun.body(), "$.id");
        assertThat(teacher.patch("/api/v1/uploads/" + upload + "?offset=0", pdf).statusCode()).isEqualTo(200);
        assertThat(teacher.post("/api/v1/uploads/" + upload + "/finish").statusCode()).isEqualTo(200);
        long place = ((Number) JsonPath.read(teacher.get("/api/v1/resources/mine").body(), "$[0].places[0].nodeId"))
                .longValue();
        HttpResponse<String> created = teacher.postJson("/api/v1/resources", """
                {"title":"%s 教学设计","description":"","keywords":[],"type":"LESSON_PLAN","placeIds":[%d],
                 "audiences":["TEACHER"],"language":"zh","licence":"CC_BY_4_0","visibility":"PUBLIC",
                 "files":[{"uploadId":"%s","role":"PLAN"}]}""".formatted(word, place, upload));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        for (NodeClient who : List.of(teacher, expert)) {
            String action = who == teacher ? "SUBMIT" : "PUBLISH";
            HttpResponse<String> done = who.postJson("/api/v1/resources/" + id + "/review",
                    "{\"action\":\"" + action + "\"}");
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        }
        return id;
    }

    private static List<Long> found(NodeClient client, String word) {
        String hits = body(client, "/api/v1/resources?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        List<Number> ids = JsonPath.read(hits, "$.hits[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private static String body(NodeClient client, String path) {
        try {
            return client.get(path).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        // a bound against a harvest that never ends, not a statement about speed
        long giveUpAt = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited two minutes").isLessThan(giveUpAt);
            Thread.sleep(250);
        }
    }
}
