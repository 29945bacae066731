package org.renrentong.bench.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** A file that starts like an MP4 (so the upload check takes it as video/mp4) and goes on with random bytes. */
final class SyntheticVideo {

    private SyntheticVideo() {
    }

    static Path write(Path file, long size) throws IOException {
        byte[] header = "\0\0\0\u0018ftypisom\0\0\u0002\0isomiso2".getBytes(StandardCharsets.ISO_8859_1);
        byte[] block = new byte[1 << 20];
        Random random = new Random(42);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header);
            long written = header.length;
            while (written < size) {
                random.nextBytes(block);
                int n = (int) Math.min(block.length, size - written);
                out.write(block, 0, n);
                written += n;
            }
        }
        return file;
    }
}
