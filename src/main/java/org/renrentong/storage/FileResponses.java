package org.renrentong.storage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Responses that deliver a stored file. Spring MVC serves a {@code Range} request from the returned resource as
 * 206 Partial Content (seeking in audio and video), and answers {@code If-None-Match} with 304 from the ETag,
 * which is the content's SHA-256: a file's bytes never change. The caller checks who may read the file first;
 * the cache is private for that reason. A plain GET of a whole local file, or of one range of it, goes out by
 * Tomcat's sendfile.
 */
public final class FileResponses {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();

    private FileResponses() {
    }

    /** Shown in the page (PDF viewer, image, audio or video element). */
    public static ResponseEntity<Resource> inline(StoredFile file, Resource content) {
        return build(file, content, ContentDisposition.inline());
    }

    /** Saved by the browser under the file's name. */
    public static ResponseEntity<Resource> attachment(StoredFile file, Resource content) {
        return build(file, content, ContentDisposition.attachment());
    }

    private static ResponseEntity<Resource> build(StoredFile file, Resource content,
                                                  ContentDisposition.Builder disposition) {
        Optional<Sendfile.Part> sent = Sendfile.offer(content, file.size());
        boolean partial = sent.isPresent() && sent.get().ranged();
        HttpStatus status = partial ? HttpStatus.PARTIAL_CONTENT : HttpStatus.OK;
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + file.sha256() + "\"")
                .cacheControl(CACHE)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header("X-Content-Type-Options", "nosniff");
        if (sent.isEmpty()) {
            return response.body(content);
        }
        if (partial) {
            response.header(HttpHeaders.CONTENT_RANGE,
                    "bytes " + sent.get().start() + "-" + (sent.get().end() - 1) + "/" + file.size());
        }
        return response.contentLength(sent.get().length()).build();
    }
}
