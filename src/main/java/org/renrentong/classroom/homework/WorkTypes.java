package org.renrentong.classroom.homework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What may be handed in, told from the bytes (Tika's magic): pictures, recordings, PDF and office documents. Checked
 * on the type storage reads from the bytes before anything is stored, so a refused file leaves nothing behind.
 */
final class WorkTypes {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final Set<String> DOCUMENTS = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text");

    private WorkTypes() {
    }

    /** The media type of the bytes, the file name only telling apart formats that share a container. */
    static String detect(byte[] bytes, String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            return TYPES.detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /**
     * The file's name with the extension of what its bytes are (a photo a phone calls "image" becomes "image.jpg"),
     * so that storage, which checks that a name does not claim another kind of file, agrees with this check.
     */
    static String named(String name, String mediaType) {
        String base = name == null || name.isBlank() ? "file" : name.strip();
        try {
            String extension = TYPES.forName(mediaType).getExtension();
            if (extension.isEmpty() || base.toLowerCase(Locale.ROOT).endsWith(extension)) {
                return base;
            }
            int dot = base.lastIndexOf('.');
            return (dot > 0 ? base.substring(0, dot) : base) + extension;
        } catch (MimeTypeException e) {
            return base;
        }
    }

    static boolean allowed(String mediaType) {
        return mediaType.startsWith("image/") || mediaType.startsWith("audio/") || DOCUMENTS.contains(mediaType);
    }
}
