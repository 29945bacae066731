package org.renrentong.storage;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.renrentong.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Completed uploads for tests, sent chunk by chunk through the upload service as a client would; a test of
 * another module claims the returned upload id like a form does.
 */
@Component
public class StorageFixtures {

    private final Uploads uploads;
    private final UploadFinish finish;

    StorageFixtures(Uploads uploads, UploadFinish finish) {
        this.uploads = uploads;
        this.finish = finish;
    }

    /** Uploads the bytes under the name and finishes; the upload id to claim. */
    public String completedUpload(Actor actor, String name, byte[] bytes) {
        Upload upload = uploads.begin(actor, name, bytes.length, null);
        send(actor, upload, bytes);
        return finish.finish(actor, upload.id().toString()).id().toString();
    }

    /** Sends every chunk of the upload. */
    void send(Actor actor, Upload upload, byte[] bytes) {
        for (long offset = upload.received(); offset < bytes.length; offset += upload.chunkSize()) {
            byte[] chunk = Arrays.copyOfRange(bytes, (int) offset, (int) Math.min(bytes.length,
                    offset + upload.chunkSize()));
            uploads.append(actor, upload.id().toString(), offset, chunk.length, new ByteArrayInputStream(chunk));
        }
    }
}
