package org.renrentong.federation.harvest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files served as an origin node serves them, for tests: the JDK's HTTP server answering GET with the whole file or
 * the range asked ({@code bytes=<from>-}). A file can be set to drop the connection halfway through its first answer,
 * as a network failure would. It keeps the Range header of every request (or "none"), in order.
 */
final class FakeFileServer implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Boolean> dropOnce = new ConcurrentHashMap<>();
    private final Map<String, Boolean> stallOnce = new ConcurrentHashMap<>();
    private final List<String> ranges = new CopyOnWriteArrayList<>();

    FakeFileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/files/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** Serves the bytes at the URL returned. */
    String serve(String name, byte[] bytes) {
        files.put(name, bytes);
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/files/" + name;
    }

    /** The next answer for this file sends half of it and closes the connection. */
    void dropHalfwayOnce(String name) {
        dropOnce.put(name, true);
    }

    /** The next answer for this file sends half of it and then nothing more, holding the connection open. */
    void stallHalfwayOnce(String name) {
        stallOnce.put(name, true);
    }

    List<String> ranges() {
        return List.copyOf(ranges);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/files/".length());
        byte[] bytes = files.get(name);
        String range = exchange.getRequestHeaders().getFirst("Range");
        ranges.add(range == null ? "none" : range);
        if (bytes == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        int from = 0;
        Matcher m = range == null ? null : RANGE.matcher(range);
        if (m != null && m.matches()) {
            from = Integer.parseInt(m.group(1));
            exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (bytes.length - 1) + "/"
                    + bytes.length);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/pdf");
        exchange.sendResponseHeaders(from > 0 ? 206 : 200, bytes.length - from);
        OutputStream out = exchange.getResponseBody();
        if (dropOnce.remove(name) != null) {
            out.write(bytes, from, (bytes.length - from) / 2);
            out.flush();
            // the connection goes before the promised length: the client reads a premature end
            try {
                exchange.close();
            } catch (RuntimeException expected) {
                // the server says fewer bytes went than promised: that is the point
            }
            return;
        }
        if (stallOnce.remove(name) != null) {
            out.write(bytes, from, (bytes.length - from) / 2);
            out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        out.write(bytes, from, bytes.length - from);
        out.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
