package org.renrentong.roster;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File downloads: the right type, and a name that survives Chinese browsers. */
final class Downloads {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Downloads() {
    }

    static ResponseEntity<byte[]> xlsx(String fileName, byte[] body) {
        return file(fileName, XLSX, body);
    }

    static ResponseEntity<byte[]> csv(String fileName, byte[] body) {
        return file(fileName, CSV, body);
    }

    private static ResponseEntity<byte[]> file(String fileName, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
