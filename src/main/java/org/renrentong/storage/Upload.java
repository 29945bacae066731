package org.renrentong.storage;

import java.time.Instant;
import java.util.UUID;

/** A resumable upload as the database knows it; {@code received} bytes are in its partial file. */
record Upload(UUID id, long ownerId, Long schoolId, String name, long size, String expectedSha256, int chunkSize,
              long received, String state, Long fileId, Instant updatedAt) {

    static final String RECEIVING = "RECEIVING";
    static final String CHECKING = "CHECKING";
    static final String COMPLETED = "COMPLETED";

    /** The length the chunk at {@code offset} must have: a full chunk, or what remains at the end. */
    long chunkAt(long offset) {
        return Math.min(chunkSize, size - offset);
    }
}
