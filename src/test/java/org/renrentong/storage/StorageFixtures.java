package org.renrentong.storage;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.springframework.stereotype.Component;

/**
 * Completed uploads for tests, sent chunk by chunk through the upload service as a client would; a test of
 * another module claims the returned upload id like a form does.
 */
@Component
public class StorageFixtures {

    private final Uploads uploads;
    private final UploadFinish finish;
    private final Fixtures fixtures;

    StorageFixtures(Uploads uploads, UploadFinish finish, Fixtures fixtures) {
        this.uploads = uploads;
        this.finish = finish;
        this.fixtures = fixtures;
    }

    /** A teacher of a new school (and so with quotas of their own), ready to sign in over HTTP too. */
    public Person teacher() {
        Person teacher = fixtures.aPerson().teacher().at(fixtures.aSchool().build()).build();
        fixtures.passwordChanged(teacher);
        return teacher;
    }

    /** Uploads the bytes under the name and finishes; the upload id to claim. */
    public String completedUpload(Actor actor, String name, byte[] bytes) {
        Upload upload = uploads.begin(actor, name, bytes.length, null);
        send(actor, upload, bytes);
        return finish.finish(actor, upload.id().toString()).id().toString();
    }

    /** An upload begun and still receiving: its id. */
    public String receivingUpload(Actor actor, String name, long size) {
        return uploads.begin(actor, name, size, null).id().toString();
    }

    /** Uploads a file from disk, chunk by chunk, and finishes; the upload id to claim. */
    public String completedUpload(Actor actor, String name, Path file) throws IOException {
        Upload upload = uploads.begin(actor, name, Files.size(file), null);
        try (InputStream in = Files.newInputStream(file)) {
            for (long offset = 0; offset < upload.size(); offset += upload.chunkSize()) {
                long length = upload.chunkAt(offset);
                uploads.append(actor, upload.id().toString(), offset, length, new BoundedInputStream(in, length));
            }
        }
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

    /** The next {@code length} bytes of a stream, leaving the rest for the next chunk. */
    private static final class BoundedInputStream extends FilterInputStream {

        private long left;

        BoundedInputStream(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            left--;
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }
    }
}
