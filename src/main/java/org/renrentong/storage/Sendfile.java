package org.renrentong.storage;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Hands a local file, or one byte range of it, to Tomcat's sendfile, as its own static file servlet does: the kernel
 * copies it to the socket and the JVM touches no byte. Only for a plain GET of the whole file or of a single
 * satisfiable range; several ranges, an unsatisfiable one, a conditional request, a HEAD, a blob in object storage
 * or another servlet container go the ordinary way through Spring MVC.
 */
final class Sendfile {

    private static final String SUPPORTED = "org.apache.tomcat.sendfile.support";
    private static final String FILENAME = "org.apache.tomcat.sendfile.filename";
    private static final String START = "org.apache.tomcat.sendfile.start";
    private static final String END = "org.apache.tomcat.sendfile.end";
    private static final List<String> CONDITIONS = List.of(HttpHeaders.IF_RANGE, HttpHeaders.IF_NONE_MATCH,
            HttpHeaders.IF_MATCH, HttpHeaders.IF_MODIFIED_SINCE, HttpHeaders.IF_UNMODIFIED_SINCE);

    /** The bytes Tomcat sends: {@code start} up to {@code end} (exclusive); {@code ranged} when asked by Range. */
    record Part(long start, long end, boolean ranged) {

        long length() {
            return end - start;
        }
    }

    private Sendfile() {
    }

    /** The part Tomcat will send itself, when it will; the response then carries headers only. */
    static Optional<Part> offer(Resource content, long size) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        if (!Boolean.TRUE.equals(request.getAttribute(SUPPORTED)) || !"GET".equals(request.getMethod())
                || !content.isFile() || CONDITIONS.stream().anyMatch(h -> request.getHeader(h) != null)) {
            return Optional.empty();
        }
        Optional<Part> part = part(request.getHeader(HttpHeaders.RANGE), size);
        if (part.isEmpty()) {
            return part;
        }
        try {
            request.setAttribute(FILENAME, content.getFile().getCanonicalPath());
        } catch (IOException e) {
            return Optional.empty();
        }
        request.setAttribute(START, part.get().start());
        request.setAttribute(END, part.get().end());
        return part;
    }

    /** The whole file, or the single satisfiable range asked for; nothing for what Spring MVC must answer. */
    static Optional<Part> part(String rangeHeader, long size) {
        if (rangeHeader == null) {
            return Optional.of(new Part(0, size, false));
        }
        try {
            List<HttpRange> ranges = HttpRange.parseRanges(rangeHeader);
            if (ranges.size() != 1) {
                return Optional.empty();
            }
            long start = ranges.get(0).getRangeStart(size);
            long last = ranges.get(0).getRangeEnd(size);
            return start < size && last >= start ? Optional.of(new Part(start, last + 1, true)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
