package org.renrentong.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.ByteBufferPool;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.util.WebUtils;

/**
 * Multipart bodies are parsed with Jetty's parser, under the limits of {@code spring.servlet.multipart}: it finds the
 * boundaries with a skipping search where the container's parser compares byte by byte, about three times faster on
 * the photos of a homework (the node's largest multipart traffic). {@link MultipartFormFilter} wraps each such request
 * before the security filters, so that the form's CSRF field and the handler read one parse.
 */
@Component("multipartResolver")
class MultipartForms implements MultipartResolver {

    /**
     * A form's parts at most: the homework form's check boxes (classes, students, library resources) with room to
     * spare. The container's 50 refused a teacher who picked most of a class.
     */
    private static final int MAX_PARTS = 500;
    private static final int BUFFER = 64 * 1024;

    private final long maxFileSize;
    private final long maxRequestSize;
    private final long inMemory;
    private final Path directory;
    private final ByteBufferPool.Sized buffers = new ByteBufferPool.Sized(null, false, BUFFER);

    MultipartForms(MultipartProperties properties) {
        this.maxFileSize = properties.getMaxFileSize().toBytes();
        this.maxRequestSize = properties.getMaxRequestSize().toBytes();
        this.inMemory = properties.getFileSizeThreshold().toBytes();
        this.directory = Path.of(StringUtils.hasText(properties.getLocation()) ? properties.getLocation()
                : System.getProperty("java.io.tmpdir"));
    }

    @Override
    public boolean isMultipart(HttpServletRequest request) {
        return StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/");
    }

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
        ParsedForm wrapped = WebUtils.getNativeRequest(request, ParsedForm.class);
        if (wrapped != null) {
            return wrapped.resolve(request);
        }
        ParsedForm form = new ParsedForm(request, this);
        return form.resolve(form);
    }

    @Override
    public void cleanupMultipart(MultipartHttpServletRequest request) {
        ParsedForm form = WebUtils.getNativeRequest(request, ParsedForm.class);
        if (form != null) {
            form.close();
        }
    }

    /**
     * Whether the request says its body is over the size limit (a chunked body is held to it while parsed); a
     * negative limit is none, as for Spring and Jetty.
     */
    boolean tooLarge(HttpServletRequest request) {
        return maxRequestSize >= 0 && request.getContentLengthLong() > maxRequestSize;
    }

    MultiPartFormData.Parser parser(String boundary) {
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        parser.setMaxFileSize(maxFileSize);
        parser.setMaxLength(maxRequestSize);
        parser.setMaxMemoryFileSize(inMemory);
        parser.setFilesDirectory(directory);
        parser.setMaxParts(MAX_PARTS);
        return parser;
    }

    ByteBufferPool.Sized buffers() {
        return buffers;
    }

    /** The parser's failure as Spring's: over a size limit is a 413, anything else a 400. */
    MultipartException failure(Throwable cause) {
        if (cause instanceof MultipartException known) {
            return known;
        }
        String message = String.valueOf(cause.getMessage()).toLowerCase();
        if (message.contains("max file size")) {
            return new MaxUploadSizeExceededException(maxFileSize, cause);
        }
        if (message.contains("max length")) {
            return new MaxUploadSizeExceededException(maxRequestSize, cause);
        }
        return new MultipartException("The multipart body cannot be parsed", cause);
    }
}
