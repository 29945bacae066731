package org.renrentong.federation.harvest;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.renrentong.federation.PeerRequests;
import org.renrentong.federation.harvest.HarvestFailure.Reason;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Fetches a file from its origin into a local part file, streamed (never whole in memory) and bounded in size. The
 * bytes already in the part file are not asked again: the request carries an HTTP Range from there, and an origin
 * that ignores it sends the whole file, which then starts the part file over. Each read waits at most the read
 * timeout. Requests to a child node are signed.
 */
@Component
class FileFetch {

    private static final int BUFFER = 64 * 1024;
    /** How many bytes arrive between two renewals of the lease. */
    private static final long RENEW_EVERY = 8L * 1024 * 1024;

    private final HarvestSettings settings;
    private final ObjectProvider<PeerRequests> peerRequests;
    private final HttpClient http;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "harvest-files-watchdog");
        t.setDaemon(true);
        return t;
    });

    FileFetch(HarvestSettings settings, ObjectProvider<PeerRequests> peerRequests) {
        this.settings = settings;
        this.peerRequests = peerRequests;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Completes the part file from the URL. A failure keeps what arrived (the next attempt goes on from there),
     * except a file over the bound, whose part is deleted.
     *
     * @param stillHeld renews the lease now and then; false stops the fetch (another holder took the file)
     */
    void fetch(String url, String nodeCode, Path part, long maxBytes, BooleanSupplier stillHeld) {
        try {
            Files.createDirectories(part.getParent());
            long have = Files.exists(part) ? Files.size(part) : 0;
            URI uri = URI.create(url);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout()).GET();
            if (have > 0) {
                request.header("Range", "bytes=" + have + "-");
            }
            if (nodeCode != null && peerRequests.getIfAvailable() != null) {
                request = peerRequests.getObject().signed(request, "GET", uri);
            }
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status == 416 && have > 0 && complete(response, have)) {
                    return;
                }
                if (status != 200 && status != 206) {
                    throw new HarvestFailure(Reason.HTTP_STATUS, String.valueOf(status));
                }
                if (status == 206 && !(have > 0 && startsAt(response, have))) {
                    Files.deleteIfExists(part);
                    throw new HarvestFailure(Reason.HTTP_STATUS, "206 of another range");
                }
                receive(body, part, status == 206 ? have : 0, maxBytes, stillHeld);
            }
        } catch (IOException e) {
            throw new HarvestFailure(Reason.CONNECT, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestFailure(Reason.TIMEOUT, "interrupted");
        } catch (IllegalArgumentException e) {
            throw new HarvestFailure(Reason.HTTP_STATUS, "bad URL");
        }
    }

    private void receive(InputStream body, Path part, long offset, long maxBytes, BooleanSupplier stillHeld)
            throws IOException {
        long total = offset;
        long sinceRenewal = 0;
        StandardOpenOption mode = offset > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            byte[] buffer = new byte[BUFFER];
            for (int n = guarded(body, buffer); n >= 0; n = guarded(body, buffer)) {
                total += n;
                if (total > maxBytes) {
                    out.close();
                    Files.deleteIfExists(part);
                    throw new HarvestFailure(Reason.TOO_LARGE, String.valueOf(maxBytes));
                }
                // what arrived is written before the next read, so a dropped connection keeps it
                out.write(buffer, 0, n);
                sinceRenewal += n;
                if (sinceRenewal >= RENEW_EVERY) {
                    sinceRenewal = 0;
                    out.flush();
                    if (!stillHeld.getAsBoolean()) {
                        throw new PageCommit.LeaseLost();
                    }
                }
            }
        }
    }

    /**
     * One read of the body, bounded by the read timeout: a source that stops sending mid-file has its connection
     * closed, and the attempt fails with what arrived kept.
     */
    private int guarded(InputStream body, byte[] buffer) throws IOException {
        Thread reader = Thread.currentThread();
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> guard = watchdog.schedule(() -> {
            fired.set(true);
            reader.interrupt();
        }, settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            return body.read(buffer);
        } finally {
            guard.cancel(false);
            if (fired.get()) {
                // the interrupt was the guard's, not a shutdown's: the part file is still to be written to later
                Thread.interrupted();
                throw new HarvestFailure(Reason.TIMEOUT, settings.readTimeout().toString());
            }
        }
    }

    @PreDestroy
    void stop() {
        watchdog.shutdownNow();
    }

    /** A 206 answer that starts where the part file ends ("Content-Range: bytes <have>-…"). */
    private static boolean startsAt(HttpResponse<?> response, long have) {
        return response.headers().firstValue("Content-Range")
                .map(r -> r.replaceFirst("^bytes\\s+", "").startsWith(have + "-")).orElse(false);
    }

    /** A 416 answer saying the whole file is as long as the part file ("Content-Range: bytes *&#47;<have>"). */
    private static boolean complete(HttpResponse<?> response, long have) {
        return response.headers().firstValue("Content-Range").map(r -> r.endsWith("/" + have)).orElse(false);
    }
}
