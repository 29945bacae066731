/**
 * Stored files: a content-addressed blob store (local disk, or S3-compatible storage for scale), resumable chunked
 * uploads checked from their bytes, delivery with HTTP Range, and previews derived from the files.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "shared"})
package org.renrentong.storage;
