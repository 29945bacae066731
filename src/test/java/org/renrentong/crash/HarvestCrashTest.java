package org.renrentong.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renrentong.testing.NodeClient;
import org.renrentong.testing.NodeProcess;
import org.springframework.util.FileSystemUtils;

/**
 * A harvest killed halfway resumes without duplicates: the real node harvests a source of many pages, is killed with
 * SIGKILL once some pages are stored (seen in its database) while it waits for the next one, and is started again
 * on the same data. The harvest then goes on from the page it had not stored and ends with exactly the source's
 * records, each one resource, each found once in the search index.
 */
class HarvestCrashTest {

    private static final String PASSWORD = "Renrentong@2026";
    private static final int PAGES = 10;
    private static final int PER_PAGE = 40;
    /** The page the node waits for when it is killed: the pages before it are stored. */
    private static final int HELD_PAGE = 5;

    private final long run = System.currentTimeMillis();
    private final String code = "crash" + run % 100000;
    private final String word = "勾股定理" + run;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer source;
    private NodeProcess node;
    private boolean passed;

    @AfterEach
    void stop() {
        released.countDown();
        if (source != null) {
            source.stop(0);
        }
        if (node != null) {
            node.close();
            if (passed) {
                FileSystemUtils.deleteRecursively(node.dataDir().toFile());
            }
        }
    }

    @Test
    void aHarvestKilledHalfwayResumesFromItsLastStoredPageWithoutDuplicates() throws Exception {
        startSource();
        node = new NodeProcess(Path.of("target", "crash", "harvest-" + run),
                "--renrentong.harvest.lease=5s", "--renrentong.harvest.schedule-check=1s").start();
        NodeClient admin = new NodeClient(node, "admin", PASSWORD);
        HttpResponse<String> added = admin.postJson("/api/v1/harvest/sources", """
                {"name":"翻页很多的来源","baseUrl":"%s","metadataPrefix":"oai_dc","intervalMinutes":60,"paused":false}"""
                .formatted(baseUrl()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long sourceId = ((Number) JsonPath.read(added.body(), "$.id")).longValue();

        // the node asks for the held page only after the pages before it are committed
        await(() -> asked.contains("p" + HELD_PAGE));
        long stored = count("SELECT count(*) FROM resource WHERE origin_identifier LIKE ?", "oai:" + code + ":%");
        assertThat(stored).isEqualTo((long) (HELD_PAGE - 1) * PER_PAGE);
        node.kill();
        released.countDown();
        int askedBeforeRestart = asked.size();

        node.start();

        NodeClient again = new NodeClient(node, "admin", PASSWORD);
        await(() -> done(again, sourceId));
        assertThat(asked.subList(askedBeforeRestart, asked.size()).get(0))
                .as("the restarted node goes on from the page it had not stored").isEqualTo("p" + HELD_PAGE);
        assertThat(asked.subList(askedBeforeRestart, asked.size())).doesNotContain("first");
        assertThat(count("SELECT count(*) FROM resource WHERE origin_identifier LIKE ?", "oai:" + code + ":%"))
                .isEqualTo((long) PAGES * PER_PAGE);
        assertThat(count("SELECT count(DISTINCT origin_identifier) FROM resource WHERE origin_identifier LIKE ?",
                "oai:" + code + ":%")).isEqualTo((long) PAGES * PER_PAGE);
        await(() -> searchTotal(again) == PAGES * PER_PAGE);
        passed = true;
    }

    private boolean done(NodeClient admin, long sourceId) {
        try {
            String detail = admin.get("/api/v1/harvest/sources/" + sourceId).body();
            return !(Boolean) JsonPath.read(detail, "$.running")
                    && "DONE".equals(JsonPath.read(detail, "$.runs[0].status"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long searchTotal(NodeClient client) {
        try {
            String hits = client.get("/api/v1/resources?q=" + java.net.URLEncoder.encode(word, "UTF-8")).body();
            return ((Number) JsonPath.read(hits, "$.total")).longValue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // the source: PAGES pages of PER_PAGE Dublin Core records; the first ask of the held page waits for the kill

    private String baseUrl() {
        return "http://127.0.0.1:" + source.getAddress().getPort() + "/oai";
    }

    private void startSource() throws IOException {
        source = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        source.createContext("/oai", this::answer);
        source.setExecutor(Executors.newCachedThreadPool());
        source.start();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = URLDecoder.decode(String.valueOf(exchange.getRequestURI().getRawQuery()), StandardCharsets.UTF_8);
        String body;
        if (query.contains("verb=Identify")) {
            body = envelope("<Identify><repositoryName>来源</repositoryName><baseURL>" + baseUrl() + "</baseURL>"
                    + "<protocolVersion>2.0</protocolVersion><earliestDatestamp>2000-01-01T00:00:00Z"
                    + "</earliestDatestamp><deletedRecord>persistent</deletedRecord>"
                    + "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify>");
        } else {
            int page = query.contains("resumptionToken=p")
                    ? Integer.parseInt(query.replaceFirst(".*resumptionToken=p(\\d+).*", "$1")) : 1;
            asked.add(page == 1 ? "first" : "p" + page);
            if (page == HELD_PAGE && asked.stream().filter(("p" + HELD_PAGE)::equals).count() == 1) {
                try {
                    released.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            body = page(page);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
        try {
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException gone) {
            // the node that asked was killed
        }
    }

    private String page(int page) {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < PER_PAGE; i++) {
            int n = (page - 1) * PER_PAGE + i;
            records.append("<record><header><identifier>oai:").append(code).append(":resource/").append(n)
                    .append("</identifier><datestamp>2026-01-01T00:").append(String.format("%02d:%02d", n / 60 % 60, n % 60))
                    .append("Z</datestamp></header><metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\""
                            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>")
                    .append(word).append(" 第").append(n).append("条</dc:title><dc:language>zh</dc:language>")
                    .append("</oai_dc:dc></metadata></record>");
        }
        String token = page < PAGES ? "<resumptionToken completeListSize=\"" + PAGES * PER_PAGE + "\">p" + (page + 1)
                + "</resumptionToken>" : "<resumptionToken/>";
        return envelope("<ListRecords>" + records + token + "</ListRecords>");
    }

    private static String envelope(String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
                + "<responseDate>2026-01-01T00:00:00Z</responseDate><request>x</request>" + inner + "</OAI-PMH>";
    }

    private long count(String sql, String... args) throws Exception {
        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + node.databasePort() + "/postgres?user=postgres");
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

    private static void await(BooleanSupplier condition) throws InterruptedException {
        // bounded against a harvest that never ends; not a statement about speed
        long giveUpAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(giveUpAt);
            Thread.sleep(200);
        }
    }
}
