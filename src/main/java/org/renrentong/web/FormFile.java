package org.renrentong.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file sent in a multipart form: held in memory when small, else in the temporary file the parser wrote (deleted
 * with the form at the end of the request).
 */
final class FormFile implements MultipartFile {

    private final String field;
    private final String fileName;
    private final String contentType;
    private final byte[] bytes;
    private final Path file;
    private final long size;

    FormFile(String field, String fileName, String contentType, byte[] bytes, Path file, long size) {
        this.field = field;
        this.fileName = fileName;
        this.contentType = contentType;
        this.bytes = bytes;
        this.file = file;
        this.size = size;
    }

    @Override
    public String getName() {
        return field;
    }

    @Override
    public String getOriginalFilename() {
        return fileName;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public long getSize() {
        return size;
    }

    @Override
    public byte[] getBytes() throws IOException {
        return bytes != null ? bytes.clone() : Files.readAllBytes(file);
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    @Override
    public void transferTo(java.io.File dest) throws IOException {
        transferTo(dest.toPath());
    }

    @Override
    public void transferTo(Path dest) throws IOException {
        if (bytes != null) {
            Files.write(dest, bytes);
        } else {
            Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
