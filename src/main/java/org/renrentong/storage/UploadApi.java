package org.renrentong.storage;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.renrentong.identity.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resumable chunked upload. {@code POST /api/v1/uploads} with name and size answers the upload id and chunk
 * size; each chunk goes as the raw request body of {@code PATCH} (or {@code PUT}) {@code /api/v1/uploads/{id}}
 * with its offset ({@code ?offset=} or the {@code Upload-Offset} header); {@code GET} or {@code HEAD} tells the
 * bytes received ({@code Upload-Offset}) to resume from; {@code POST …/finish} checks and keeps the file, whose
 * upload id a form then submits to claim it.
 */
@RestController
@RequestMapping("/api/v1/uploads")
class UploadApi {

    private static final String OFFSET = "Upload-Offset";

    private final Uploads uploads;
    private final UploadFinish finish;
    private final FileRepository files;

    UploadApi(Uploads uploads, UploadFinish finish, FileRepository files) {
        this.uploads = uploads;
        this.finish = finish;
        this.files = files;
    }

    /** {@code sha256} is optional: when given, the finished file must match it. */
    record NewUpload(String name, Long size, String sha256) {
    }

    /** An upload; {@code fileId}, {@code mediaType} and {@code sha256} are there once it is COMPLETED. */
    record UploadView(String id, String name, long size, long received, int chunkSize, String state, Long fileId,
                      String mediaType, String sha256) {
    }

    @PostMapping
    ResponseEntity<UploadView> begin(Actor me, @RequestBody NewUpload body) {
        Upload upload = uploads.begin(me, body.name(), body.size() == null ? 0 : body.size(), body.sha256());
        return respond(ResponseEntity.created(URI.create("/api/v1/uploads/" + upload.id())), upload);
    }

    @GetMapping("/{id}")
    ResponseEntity<UploadView> status(Actor me, @PathVariable String id) {
        return respond(ResponseEntity.ok(), uploads.status(me, id));
    }

    @RequestMapping(path = "/{id}", method = {RequestMethod.PATCH, RequestMethod.PUT})
    ResponseEntity<UploadView> chunk(Actor me, @PathVariable String id,
                                     @RequestParam(required = false) Long offset,
                                     @RequestHeader(name = OFFSET, required = false) Long offsetHeader,
                                     HttpServletRequest request) throws IOException {
        long at = offset != null ? offset : offsetHeader != null ? offsetHeader : -1;
        Upload upload = uploads.append(me, id, at, request.getContentLengthLong(), request.getInputStream());
        return respond(ResponseEntity.ok(), upload);
    }

    @PostMapping("/{id}/finish")
    ResponseEntity<UploadView> finish(Actor me, @PathVariable String id) {
        return respond(ResponseEntity.ok(), finish.finish(me, id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(Actor me, @PathVariable String id) {
        uploads.cancel(me, id);
    }

    private ResponseEntity<UploadView> respond(ResponseEntity.BodyBuilder response, Upload u) {
        StoredFile file = u.fileId() == null ? null : files.find(u.fileId()).orElse(null);
        return response.cacheControl(CacheControl.noStore()).header(OFFSET, Long.toString(u.received()))
                .body(new UploadView(u.id().toString(), u.name(), u.size(), u.received(), u.chunkSize(), u.state(),
                        u.fileId(), file == null ? null : file.mediaType(), file == null ? null : file.sha256()));
    }
}
