package org.renrentong.federation.harvest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A small OAI-PMH source for tests: the JDK's HTTP server answering Identify, and ListRecords with whatever the test
 * sets for the request's arguments (canned pages with resumption tokens, broken ones, errors). It keeps the
 * arguments of every ListRecords it was asked, in order.
 */
final class FakeOaiSource implements AutoCloseable {

    /** An answer: status and body, after an optional pause (a source that does not answer in time). */
    record Answer(int status, String body, long pauseMillis) {
        static Answer ok(String body) {
            return new Answer(200, body, 0);
        }
    }

    private final HttpServer server;
    private final List<Map<String, String>> asked = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();
    private volatile Function<Map<String, String>, Answer> listRecords = args -> Answer.ok(error("noRecordsMatch"));

    FakeOaiSource() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oai", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/oai";
    }

    void listRecords(Function<Map<String, String>, Answer> answers) {
        this.listRecords = answers;
    }

    /** The arguments of each ListRecords asked so far. */
    List<Map<String, String>> asked() {
        return List.copyOf(asked);
    }

    /** The X-Test-Signed header of each request ("null" when absent), in order. */
    List<String> signatures() {
        return List.copyOf(signatures);
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> args = arguments(exchange.getRequestURI().getRawQuery());
        signatures.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Test-Signed")));
        Answer answer;
        if ("Identify".equals(args.get("verb"))) {
            answer = Answer.ok(envelope("<Identify><repositoryName>fake</repositoryName>"
                    + "<baseURL>" + baseUrl() + "</baseURL><protocolVersion>2.0</protocolVersion>"
                    + "<earliestDatestamp>2000-01-01T00:00:00Z</earliestDatestamp><deletedRecord>persistent</deletedRecord>"
                    + "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify>"));
        } else {
            asked.add(args);
            answer = listRecords.apply(args);
        }
        try {
            Thread.sleep(answer.pauseMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
        try {
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the harvester gave up waiting
        }
    }

    private static Map<String, String> arguments(String query) {
        Map<String, String> args = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                args.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return args;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // the documents

    static String envelope(String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
                + "<responseDate>2026-01-01T00:00:00Z</responseDate><request>x</request>" + inner + "</OAI-PMH>";
    }

    static String error(String code) {
        return envelope("<error code=\"" + code + "\">" + code + "</error>");
    }

    /** A ListRecords page of these records and a resumption token (null on the last page). */
    static String page(String token, String... records) {
        return envelope("<ListRecords>" + String.join("", records)
                + (token == null ? "<resumptionToken/>" : "<resumptionToken completeListSize=\"100\">" + token
                + "</resumptionToken>") + "</ListRecords>");
    }

    static String record(String identifier, String datestamp, String title, String... subjects) {
        StringBuilder dc = new StringBuilder();
        dc.append("<dc:title>").append(title).append("</dc:title>");
        dc.append("<dc:description>").append(title).append("的说明</dc:description>");
        for (String s : subjects) {
            dc.append("<dc:subject>").append(s).append("</dc:subject>");
        }
        dc.append("<dc:type>renrentong:LESSON_PLAN</dc:type><dc:language>zh</dc:language>");
        dc.append("<dc:creator>王老师</dc:creator><dc:rights>CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/</dc:rights>");
        return "<record><header><identifier>" + identifier + "</identifier><datestamp>" + datestamp
                + "</datestamp></header><metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" + dc + "</oai_dc:dc></metadata></record>";
    }

    /** A record with this metadata (a {@code <lom>} document, say) as it is. */
    static String withMetadata(String identifier, String datestamp, String metadata) {
        return "<record><header><identifier>" + identifier + "</identifier><datestamp>" + datestamp
                + "</datestamp></header><metadata>" + metadata.replaceFirst("^<\\?xml[^>]*\\?>", "")
                + "</metadata></record>";
    }

    static String deleted(String identifier, String datestamp) {
        return "<record><header status=\"deleted\"><identifier>" + identifier + "</identifier><datestamp>" + datestamp
                + "</datestamp></header></record>";
    }
}
