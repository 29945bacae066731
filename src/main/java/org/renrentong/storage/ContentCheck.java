package org.renrentong.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Decides what a received file is from its bytes (Apache Tika's magic, with the name only to tell apart the
 * formats that share a container, such as .docx inside a zip), and refuses what is not on the allow-list or whose
 * name claims a different kind of file.
 */
@Component
class ContentCheck {

    /** Kinds within which a wrong extension does no harm: a .jpg that is really a PNG is still shown as an image. */
    private static final Set<String> LENIENT_KINDS = Set.of("image", "audio", "video");

    private static final MediaType JPEG = MediaType.image("jpeg");

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();
    private final ZipBounds zipBounds;

    ContentCheck(ZipBounds zipBounds) {
        this.zipBounds = zipBounds;
    }

    /** The allowed media type of the file, or a {@link DomainException} saying why it is refused. */
    String mediaType(Path file, String name) {
        return allowed(detect(file, name), name, () -> file);
    }

    /**
     * The same for bytes detected before ({@link #detect(byte[], String)}) and now kept under {@code name}; the
     * bytes go to a file only when a zip's entries must be counted.
     */
    String mediaType(byte[] bytes, MediaType detected, String name) {
        Path[] staged = new Path[1];
        try {
            return allowed(detected, name, () -> staged[0] = staged(bytes));
        } finally {
            if (staged[0] != null) {
                PartialFiles.delete(staged[0]);
            }
        }
    }

    MediaType detect(byte[] bytes, String name) {
        if (jpeg(bytes)) {
            return JPEG;
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = TikaInputStream.get(bytes)) {
            return types.detect(in, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A phone's photo, the file handed in most, told from its three-byte marker. Tika's magic answers the same for
     * it (no other type's magic begins so), but only after trying its whole table on the first 64 KB.
     */
    private static boolean jpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
    }

    private String allowed(MediaType detected, String name, Supplier<Path> file) {
        String type = detected.getBaseType().toString();
        if (!FileTypes.allowed(type)) {
            throw DomainException.invalid("upload.type.notAllowed", type);
        }
        MediaType claimed = byName(name);
        if (!related(detected, claimed)) {
            throw DomainException.invalid("upload.type.nameMismatch", name, type);
        }
        if (FileTypes.ZIP.equals(type) || registry.isSpecializationOf(detected, MediaType.APPLICATION_ZIP)) {
            zipBounds.check(file.get());
        }
        return type;
    }

    private MediaType detect(Path file, String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = TikaInputStream.get(file)) {
            return types.detect(in, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MediaType byName(String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try {
            return types.detect(null, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path staged(byte[] bytes) {
        try {
            Path file = Files.createTempFile("content-check", ".zip");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean related(MediaType detected, MediaType claimed) {
        if (claimed.equals(MediaType.OCTET_STREAM)) {
            return true;
        }
        MediaType a = detected.getBaseType();
        MediaType b = claimed.getBaseType();
        return a.equals(b) || registry.isSpecializationOf(a, b) || registry.isSpecializationOf(b, a)
                || (a.getType().equals(b.getType()) && LENIENT_KINDS.contains(a.getType()));
    }
}
