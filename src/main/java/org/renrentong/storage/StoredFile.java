package org.renrentong.storage;

import java.time.Instant;

/**
 * A kept file: its content (a blob named by {@code sha256}, shared by identical files), the media type detected
 * from its bytes, the name it was uploaded with and who uploaded it.
 */
public record StoredFile(long id, String sha256, long size, String mediaType, String name, long ownerId,
                         Instant createdAt) {
}
