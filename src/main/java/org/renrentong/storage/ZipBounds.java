package org.renrentong.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Bounds of a zip-based file (a lesson bundle, and office documents, which are zips too): how many entries, how
 * large unpacked, and no entry that would unpack outside its folder. A zip bomb is refused before anyone opens it.
 */
@Component
class ZipBounds {

    private final StorageSettings settings;

    ZipBounds(StorageSettings settings) {
        this.settings = settings;
    }

    void check(Path file) {
        long inflated = 0;
        int count = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > settings.zipMaxEntries()) {
                    throw DomainException.invalid("upload.zip.tooManyEntries", settings.zipMaxEntries());
                }
                if (unsafe(entry.getName())) {
                    throw DomainException.invalid("upload.zip.badEntry", entry.getName());
                }
                inflated += Math.max(entry.getSize(), entry.getCompressedSize());
                if (inflated > settings.zipMaxInflated().toBytes()) {
                    throw DomainException.invalid("upload.zip.tooLarge",
                            Bytes.human(settings.zipMaxInflated().toBytes()));
                }
            }
        } catch (IOException e) {
            throw DomainException.invalid("upload.zip.broken");
        }
    }

    private static boolean unsafe(String name) {
        String n = name.replace('\\', '/');
        return n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..") || n.startsWith("../")
                || n.contains("/../") || n.endsWith("/..");
    }
}
