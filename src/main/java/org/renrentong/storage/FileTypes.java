package org.renrentong.storage;

import java.util.Map;
import java.util.Set;

/**
 * The allow-list of stored file types (as detected from the bytes), with what the browser can show itself and what
 * LibreOffice turns into a PDF preview. Each type keeps the extension its files are written with.
 */
final class FileTypes {

    static final String PDF = "application/pdf";
    static final String ZIP = "application/zip";

    private static final Map<String, String> OFFICE = Map.ofEntries(
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.ms-powerpoint", "ppt"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"));

    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");
    private static final Set<String> AUDIO = Set.of("audio/mpeg", "audio/mp4", "audio/x-m4a", "audio/vnd.wave",
            "audio/wav", "audio/x-wav", "audio/ogg", "audio/vorbis", "audio/opus");
    private static final Set<String> VIDEO = Set.of("video/mp4", "video/x-m4v", "video/webm");

    /** Image types a thumbnail can be drawn from with the JDK's own image readers. */
    private static final Set<String> THUMBNAILABLE = Set.of("image/jpeg", "image/png", "image/gif");

    private FileTypes() {
    }

    static boolean allowed(String type) {
        return PDF.equals(type) || ZIP.equals(type) || OFFICE.containsKey(type) || IMAGES.contains(type)
                || AUDIO.contains(type) || VIDEO.contains(type);
    }

    static boolean office(String type) {
        return OFFICE.containsKey(type);
    }

    /** The extension LibreOffice reads an office file by. */
    static String officeExtension(String type) {
        return OFFICE.get(type);
    }

    static boolean browserShows(String type) {
        return PDF.equals(type) || IMAGES.contains(type) || AUDIO.contains(type) || VIDEO.contains(type);
    }

    static boolean thumbnailable(String type) {
        return THUMBNAILABLE.contains(type);
    }
}
