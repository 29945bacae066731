package org.renrentong.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 a request whose parameters cannot be decoded (invalid UTF-8 in the query or a form body). The
 * servlet container would otherwise throw at the first {@code getParameter} deep inside the application, as a 500.
 * Of a multipart request only the query is checked here: its body is left to {@link ParsedForm}, which reads it only
 * when a field or file is first asked for.
 */
@Component
// after the character encoding filter (itself first): parameters read earlier would be decoded as ISO-8859-1
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BadRequestEncoding extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        if (multipart ? !decodable(request.getQueryString()) : !decodable(request)) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The query string percent-decodes to valid UTF-8. */
    private static boolean decodable(String query) {
        if (query == null) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            for (int i = 0; i < query.length(); i++) {
                if (query.charAt(i) == '%') {
                    bytes.write(HexFormat.fromHexDigits(query, i + 1, i + 3));
                    i += 2;
                } else {
                    bytes.write(query.charAt(i));
                }
            }
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return false;
        }
    }

    private static boolean decodable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException e) {
            // Tomcat's InvalidParameterException: the parameters are not valid in the request's encoding
            return false;
        }
    }
}
