package org.renrentong.storage;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.renrentong.identity.Actor;
import org.springframework.stereotype.Service;

/**
 * Uploads the node makes itself on a person's behalf (the demo's files): the same begin, chunks and finish a
 * client goes through, so the bytes are sniffed, allow-listed, counted against the quotas, audited and kept in the
 * blob store. The returned upload id is claimed by a form like any other.
 */
@Service
public class ServerUploads {

    private final Uploads uploads;
    private final UploadFinish finish;

    ServerUploads(Uploads uploads, UploadFinish finish) {
        this.uploads = uploads;
        this.finish = finish;
    }

    /** Uploads the bytes under the file name and finishes; the upload id to claim. */
    public String upload(Actor actor, String name, byte[] bytes) {
        Upload upload = uploads.begin(actor, name, bytes.length, null);
        String id = upload.id().toString();
        for (long offset = 0; offset < bytes.length; offset += upload.chunkSize()) {
            byte[] chunk = Arrays.copyOfRange(bytes, (int) offset,
                    (int) Math.min(bytes.length, offset + upload.chunkSize()));
            uploads.append(actor, id, offset, chunk.length, new ByteArrayInputStream(chunk));
        }
        return finish.finish(actor, id).id().toString();
    }
}
