package org.renrentong.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Judges an upload from its bytes, never its name: an .xlsx (a zip) is inflated once, counting, before anyone
 * parses it, so that a zip bomb is refused; a .csv is checked for binary content and its encoding detected
 * (UTF-8, or GB18030 as Excel saves "CSV" on Chinese Windows). Both get their row count for the progress bar.
 */
final class UploadInspector {

    enum Type { XLSX, CSV }

    record Inspection(Type type, Charset charset, long rows) {
    }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final int MAX_ENTRIES = 10_000;
    private static final long RATIO_CHECK_FROM = 16L * 1024 * 1024;
    private static final long MAX_RATIO = 200;

    private UploadInspector() {
    }

    static Inspection inspect(Path file, ImportSettings settings) throws IOException {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 0) {
            throw new RejectedImport("roster.file.empty");
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return new Inspection(Type.XLSX, null, inflatedRowCount(file, settings.maxInflatedBytes()));
        }
        if (n >= OLE2.length && Arrays.equals(Arrays.copyOf(head, OLE2.length), OLE2)) {
            throw new RejectedImport("roster.file.xls");
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                throw new RejectedImport("roster.file.type");
            }
        }
        return new Inspection(Type.CSV, csvCharset(file), lineCount(file));
    }

    /** Inflates every entry once, counting bytes and worksheet rows, and gives up at the first sign of a bomb. */
    private static long inflatedRowCount(Path file, long maxInflated) throws IOException {
        long total = 0;
        long rows = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new RejectedImport("roster.file.bomb");
            }
            byte[] buffer = new byte[1 << 16];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                boolean worksheet = entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml");
                RowTagCounter counter = new RowTagCounter();
                long entryBytes = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        entryBytes += read;
                        total += read;
                        if (total > maxInflated || (entryBytes > RATIO_CHECK_FROM
                                && entryBytes > MAX_RATIO * Math.max(1, entry.getCompressedSize()))) {
                            throw new RejectedImport("roster.file.bomb");
                        }
                        if (worksheet) {
                            counter.feed(buffer, read);
                        }
                    }
                }
                rows += counter.count();
            }
        } catch (ZipException e) {
            throw new RejectedImport("roster.file.unreadable");
        }
        return rows;
    }

    private static long lineCount(Path file) throws IOException {
        long lines = 0;
        byte last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[read - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }

    /** UTF-8 (with or without BOM) if the first megabyte decodes as UTF-8, otherwise GB18030. */
    private static Charset csvCharset(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(1 << 20);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        // a full sample may end inside a character: then the decoder must not treat its end as the file's end
        boolean wholeFile = sample.length < (1 << 20);
        CoderResult result = decoder.decode(ByteBuffer.wrap(sample), CharBuffer.allocate(sample.length), wholeFile);
        return result.isError() ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    }

    /** Counts {@code <row ...>} start tags across buffer boundaries. */
    private static final class RowTagCounter {
        private static final byte[] TAG = {'<', 'r', 'o', 'w'};
        private int matched;
        private long count;

        void feed(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (matched == TAG.length) {
                    if (b == ' ' || b == '>' || b == '/') {
                        count++;
                    }
                    matched = 0;
                }
                matched = b == TAG[matched] ? matched + 1 : (b == '<' ? 1 : 0);
            }
        }

        long count() {
            return count;
        }
    }
}
