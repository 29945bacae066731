package org.renrentong.federation.harvest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.renrentong.federation.PeerRequests;
import org.renrentong.federation.harvest.HarvestFailure.Reason;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The client side of OAI-PMH, as small as the protocol's: Identify to check a source, ListRecords page by page.
 * Requests to a child node are signed as this node's. Every answer is bounded in time (connect and whole answer)
 * and in size; what passes a bound fails the page.
 */
@Component
class OaiClient {

    private final HarvestSettings settings;
    private final ObjectProvider<PeerRequests> peerRequests;
    private final HttpClient http;

    OaiClient(HarvestSettings settings, ObjectProvider<PeerRequests> peerRequests) {
        this.settings = settings;
        this.peerRequests = peerRequests;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The URL of the first page of a run (from inclusive; null for everything), or of the page a token names. */
    static URI listRecords(HarvestSource source, Instant from, String token) {
        StringBuilder query = new StringBuilder("verb=ListRecords");
        if (token != null) {
            query.append("&resumptionToken=").append(encode(token));
        } else {
            query.append("&metadataPrefix=").append(encode(source.metadataPrefix()));
            if (from != null) {
                query.append("&from=").append(from.truncatedTo(ChronoUnit.SECONDS));
            }
            if (source.setSpec() != null) {
                query.append("&set=").append(encode(source.setSpec()));
            }
        }
        return URI.create(source.baseUrl() + (source.baseUrl().contains("?") ? "&" : "?") + query);
    }

    OaiPage page(HarvestSource source, URI uri, RecordMapping mapping) {
        byte[] body = get(source, uri);
        Instant latest = Instant.now().plus(settings.clockSkew());
        return new OaiPageReader(settings.maxRecordChars(), latest).read(new ByteArrayInputStream(body), mapping);
    }

    /** Whether the URL answers Identify as an OAI-PMH 2.0 repository; the failure says why not. */
    void identify(String baseUrl, String nodeCode) {
        URI uri = URI.create(baseUrl + (baseUrl.contains("?") ? "&" : "?") + "verb=Identify");
        byte[] body = get(nodeCode, uri);
        new IdentifyReader().check(new ByteArrayInputStream(body));
    }

    private byte[] get(HarvestSource source, URI uri) {
        return get(source.nodeCode(), uri);
    }

    private byte[] get(String nodeCode, URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout())
                .header("Accept", "text/xml, application/xml").GET();
        if (nodeCode != null) {
            PeerRequests signer = peerRequests.getIfAvailable();
            if (signer != null) {
                request = signer.signed(request, "GET", uri);
            }
        }
        var answer = http.sendAsync(request.build(), info -> new LimitedBody(settings.maxPageBytes()));
        try {
            HttpResponse<byte[]> response = answer.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                throw new HarvestFailure(Reason.HTTP_STATUS, String.valueOf(response.statusCode()));
            }
            return response.body();
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HarvestFailure(Reason.TIMEOUT, settings.readTimeout().toString());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new HarvestFailure(Reason.TIMEOUT, "interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private static HarvestFailure failure(Throwable cause) {
        if (cause instanceof LimitedBody.TooLarge) {
            return new HarvestFailure(Reason.TOO_LARGE, cause.getMessage());
        }
        if (cause instanceof HttpTimeoutException) {
            return new HarvestFailure(Reason.TIMEOUT, cause.getMessage());
        }
        if (cause instanceof ConnectException || cause instanceof IOException) {
            return new HarvestFailure(Reason.CONNECT, String.valueOf(cause.getMessage()));
        }
        return new HarvestFailure(Reason.CONNECT, String.valueOf(cause));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
