package org.renrentong.bench.homework;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A student handing in homework with two photos over HTTP, as the benchmark's load generator sends it. */
final class HandIn {

    private static final byte[] CRLF = {'\r', '\n'};

    private HandIn() {
    }

    /**
     * Hands in one piece of work, streaming the multipart body straight to a kept-alive connection: the photos are
     * written where they lie, with the comment that makes each one unique written in between, so that the load
     * generator, which shares the node's cores, spends as little of them as a browser's upload would.
     */
    static void send(String cookies, String csrf, String url, byte[] first, byte[] second, int n,
                     AtomicInteger errors) {
        String boundary = "----bench" + n;
        byte[][] pieces = {
            head(boundary, "text", null), ("第 " + n + " 次提交\r\n").getBytes(StandardCharsets.UTF_8),
            head(boundary, "files", "photo-1.jpg"), null,
            head(boundary, "files", "photo-2.jpg"), null,
            ("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII)};
        byte[][] marks = {HomeworkPhotos.mark(n * 2), HomeworkPhotos.mark(n * 2 + 1)};
        long length = first.length + second.length + marks[0].length + marks[1].length + 4;
        for (byte[] piece : pieces) {
            length += piece == null ? 0 : piece.length;
        }
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(10_000);
            c.setReadTimeout(30_000);
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(length);
            c.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
            c.setRequestProperty("X-CSRF-TOKEN", csrf);
            c.setRequestProperty("Cookie", cookies);
            try (OutputStream out = c.getOutputStream()) {
                out.write(pieces[0]);
                out.write(pieces[1]);
                out.write(pieces[2]);
                HomeworkPhotos.writeMarked(out, first, marks[0]);
                out.write(CRLF);
                out.write(pieces[4]);
                HomeworkPhotos.writeMarked(out, second, marks[1]);
                out.write(CRLF);
                out.write(pieces[6]);
            }
            int status = c.getResponseCode();
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                byte[] answer = in == null ? new byte[0] : in.readAllBytes();
                if (status != 201 && errors.incrementAndGet() <= 3) {
                    System.err.println(url + " → " + status + " " + new String(answer, 0, Math.min(300,
                            answer.length), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            if (errors.incrementAndGet() <= 3) {
                System.err.println(url + " → " + e);
            }
        }
    }

    private static byte[] head(String boundary, String name, String file) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (file == null ? "" : "; filename=\"" + file + "\"\r\nContent-Type: image/jpeg") + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
