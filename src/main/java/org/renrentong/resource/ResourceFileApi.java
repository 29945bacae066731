package org.renrentong.resource;

import jakarta.servlet.http.HttpServletRequest;
import org.renrentong.shared.DomainException;
import org.renrentong.identity.CurrentActor;
import org.renrentong.storage.FileResponses;
import org.renrentong.storage.StoredFile;
import org.renrentong.storage.StoredFiles;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files of a resource, after the visibility check: inline (PDF viewer, video with Range for seeking) or as a
 * download; the PDF preview of an office file; an image's thumbnail. Only a download counts, once: viewing inline
 * (the PDF viewer fetches a file in several ranges), previews, thumbnails and ranged requests (seeking, resuming)
 * do not, so "most used" and the statistics count people who took the file.
 */
@RestController
@RequestMapping("/api/v1/resources/{id}/files/{fileId}")
class ResourceFileApi {

    private final ResourceUse use;
    private final StoredFiles files;
    private final CurrentActor currentActor;

    ResourceFileApi(ResourceUse use, StoredFiles files, CurrentActor currentActor) {
        this.use = use;
        this.files = files;
        this.currentActor = currentActor;
    }

    @GetMapping
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long fileId,
                                  @RequestParam(defaultValue = "false") boolean download, HttpServletRequest request) {
        boolean counted = download && request.getHeader(HttpHeaders.RANGE) == null;
        ResourceFile f = use.download(currentActor.of(request), id, fileId, counted);
        StoredFile stored = stored(f.fileId());
        return download ? FileResponses.attachment(stored, files.content(f.fileId()))
                : FileResponses.inline(stored, files.content(f.fileId()));
    }

    @GetMapping("/preview")
    ResponseEntity<Resource> preview(@PathVariable long id, @PathVariable long fileId, HttpServletRequest request) {
        ResourceFile f = use.download(currentActor.of(request), id, fileId, false);
        StoredFile pdf = files.preview(f.fileId()).orElseThrow(() -> DomainException.notFound("resource.preview.none.available"));
        return FileResponses.inline(pdf, files.content(pdf.id()));
    }

    @GetMapping("/thumbnail")
    ResponseEntity<Resource> thumbnail(@PathVariable long id, @PathVariable long fileId, HttpServletRequest request) {
        ResourceFile f = use.download(currentActor.of(request), id, fileId, false);
        StoredFile small = files.thumbnail(f.fileId()).orElseThrow(() -> DomainException.notFound("resource.file.unknown"));
        return FileResponses.inline(small, files.content(small.id()));
    }

    private StoredFile stored(long fileId) {
        return files.file(fileId).orElseThrow(() -> DomainException.notFound("resource.file.unknown"));
    }
}
