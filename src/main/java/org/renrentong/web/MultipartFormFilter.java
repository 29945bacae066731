package org.renrentong.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Puts a multipart request in a {@link ParsedForm} before anything reads its parameters: otherwise the security
 * filters' CSRF check of a form would make the container parse the body with its own parser. Nothing is parsed here;
 * a body that says it is over the size limit is refused unread, and the parts the parser wrote to disk are deleted
 * when the request is done.
 */
@Component
// after the character encoding and bad-encoding filters, before security
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class MultipartFormFilter extends OncePerRequestFilter {

    private final MultipartForms forms;

    MultipartFormFilter(MultipartForms forms) {
        this.forms = forms;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!forms.isMultipart(request) || WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) != null) {
            chain.doFilter(request, response);
            return;
        }
        if (forms.tooLarge(request)) {
            // refused before its body is read, with the page or error that says so; parsed, a form this large would
            // lose its CSRF field and be refused as expired
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        try (ParsedForm form = new ParsedForm(request, forms)) {
            chain.doFilter(form, response);
        }
    }
}
