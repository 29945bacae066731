package org.renrentong.federation.oai;

import jakarta.servlet.http.HttpServletRequest;
import org.renrentong.federation.PeerRequests;
import org.renrentong.resource.ResourceFile;
import org.renrentong.resource.Resources;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.FileResponses;
import org.renrentong.storage.StoredFile;
import org.renrentong.storage.StoredFiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /oai/files/{resourceId}/{fileId}}: the files of the records this node serves, for harvesters that copy
 * them, whoever may harvest the record: a visitor the files of public resources, a joined node (its request signed)
 * also those shared with the federation. Served with HTTP Range, so an interrupted copy goes on where it stopped.
 * The location each LOM record gives for its files.
 */
@RestController
class OaiFileApi {

    private final Resources resources;
    private final StoredFiles files;
    private final ObjectProvider<PeerRequests> peers;

    OaiFileApi(Resources resources, StoredFiles files, ObjectProvider<PeerRequests> peers) {
        this.resources = resources;
        this.files = files;
        this.peers = peers;
    }

    @GetMapping("/oai/files/{resourceId}/{fileId}")
    ResponseEntity<Resource> file(@PathVariable long resourceId, @PathVariable long fileId,
                                  HttpServletRequest request) {
        boolean joined = joinedNode(request);
        org.renrentong.resource.Resource r = resources.current(resourceId)
                .filter(found -> OaiReach.of(found) != OaiReach.NOBODY)
                .orElseThrow(() -> DomainException.notFound("resource.file.unknown"));
        if (OaiReach.of(r) < OaiReach.VISITORS.level() && !joined) {
            // shared with the federation only: a joined node signs its request
            throw new DomainException(HttpStatus.UNAUTHORIZED, "node.signature.required");
        }
        ResourceFile file = r.files().stream().filter(f -> f.fileId() == fileId).findFirst()
                .orElseThrow(() -> DomainException.notFound("resource.file.unknown"));
        StoredFile stored = files.file(file.fileId())
                .orElseThrow(() -> DomainException.notFound("resource.file.unknown"));
        return FileResponses.inline(stored, files.content(stored));
    }

    private boolean joinedNode(HttpServletRequest request) {
        PeerRequests signed = peers.getIfAvailable();
        return signed != null && signed.signer(request).isPresent();
    }
}
