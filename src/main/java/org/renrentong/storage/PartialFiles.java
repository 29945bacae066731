package org.renrentong.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The staging folder where uploads grow: {@code <id>.part} holds the bytes received in order; a chunk is first
 * read whole into {@code <id>.<random>.chunk} (no lock held while the network is slow), then appended.
 */
@Component
class PartialFiles {

    private final Path dir;

    PartialFiles(StorageSettings settings, @Value("${renrentong.data-dir}") Path dataDir) {
        this.dir = settings.stagingDir().isEmpty() ? dataDir.resolve("uploads") : Path.of(settings.stagingDir());
    }

    Path part(UUID id) {
        return dir.resolve(id + ".part");
    }

    void create(UUID id) {
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(part(id));
            Files.createFile(part(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A chunk as received: the file, and how many bytes arrived (at most {@code limit + 1}, to tell "too long"). */
    record Chunk(Path file, long length) {
    }

    Chunk receive(UUID id, InputStream body, long limit) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(id + "." + UUID.randomUUID() + ".chunk");
        long length = 0;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = body.read(buffer); n >= 0 && length <= limit; n = body.read(buffer)) {
                int keep = (int) Math.min(n, limit + 1 - length);
                out.write(ByteBuffer.wrap(buffer, 0, keep));
                length += n;
            }
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Chunk(file, Math.min(length, limit + 1));
    }

    /** Appends the chunk at {@code offset}, cutting away anything a failed earlier append left past it. */
    void append(UUID id, Chunk chunk, long offset) {
        try (FileChannel out = FileChannel.open(part(id), StandardOpenOption.WRITE);
             FileChannel in = FileChannel.open(chunk.file(), StandardOpenOption.READ)) {
            out.truncate(offset);
            long done = 0;
            while (done < chunk.length()) {
                done += in.transferTo(done, chunk.length() - done, out.position(offset + done));
            }
            out.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            discard(chunk);
        }
    }

    void discard(Chunk chunk) {
        delete(chunk.file());
    }

    void delete(UUID id) {
        delete(part(id));
    }

    /** Files left in the staging folder longer than {@code age}: the job asks the database which are orphans. */
    List<Path> olderThan(Duration age) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        FileTime before = FileTime.from(Instant.now().minus(age));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                try {
                    return Files.getLastModifiedTime(f).compareTo(before) < 0;
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upload a staged file belongs to, from its name. */
    static UUID uploadOf(Path file) {
        String name = file.getFileName().toString();
        return UUID.fromString(name.substring(0, Math.min(36, name.length())));
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
