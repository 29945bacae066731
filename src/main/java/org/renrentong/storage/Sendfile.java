package org.renrentong.storage;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Hands a whole local file to Tomcat's sendfile, as its own static file servlet does: the kernel copies it to the
 * socket and the JVM touches no byte. Only for a plain GET of the whole file; a Range or conditional request, a HEAD,
 * a blob in object storage or another servlet container goes the ordinary way through Spring MVC.
 */
final class Sendfile {

    private static final String SUPPORTED = "org.apache.tomcat.sendfile.support";
    private static final String FILENAME = "org.apache.tomcat.sendfile.filename";
    private static final String START = "org.apache.tomcat.sendfile.start";
    private static final String END = "org.apache.tomcat.sendfile.end";
    private static final List<String> CONDITIONS = List.of(HttpHeaders.RANGE, HttpHeaders.IF_RANGE,
            HttpHeaders.IF_NONE_MATCH, HttpHeaders.IF_MATCH, HttpHeaders.IF_MODIFIED_SINCE,
            HttpHeaders.IF_UNMODIFIED_SINCE);

    private Sendfile() {
    }

    /** True when Tomcat will send the file itself; the response then carries headers only. */
    static boolean offer(Resource content, long size) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        HttpServletRequest request = attributes.getRequest();
        if (!Boolean.TRUE.equals(request.getAttribute(SUPPORTED)) || !"GET".equals(request.getMethod())
                || !content.isFile() || CONDITIONS.stream().anyMatch(h -> request.getHeader(h) != null)) {
            return false;
        }
        try {
            request.setAttribute(FILENAME, content.getFile().getCanonicalPath());
        } catch (IOException e) {
            return false;
        }
        request.setAttribute(START, 0L);
        request.setAttribute(END, size);
        return true;
    }
}
