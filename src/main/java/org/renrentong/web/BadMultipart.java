package org.renrentong.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A multipart body that cannot be parsed (no boundary, cut off, garbage) is the client's error: 400. It fails before
 * any controller is chosen, so neither the API's nor the pages' advice sees it; without this it would be a 500.
 */
final class BadMultipart implements HandlerExceptionResolver {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (!(e instanceof MultipartException) || e instanceof MaxUploadSizeExceededException) {
            return null;
        }
        try {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        } catch (IOException ignored) {
            // the client has gone; nothing left to answer
        }
        return new ModelAndView();
    }
}
