package org.renrentong.web;

import jakarta.servlet.http.HttpServletResponse;
import org.renrentong.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Page errors as a friendly page in the user's language. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final ProblemMessages messages;

    PageErrors(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        return page(e.status(), messages.text(e.messageKey(), e.args()), response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, messages.text("error.badRequest"), response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response) {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, messages.text("error.tooLarge"), response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) throws Exception {
        if (e instanceof org.springframework.web.servlet.resource.NoResourceFoundException) {
            return page(HttpStatus.NOT_FOUND, messages.text("error.notFound"), response);
        }
        log.error("Unexpected page failure", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, messages.text("error.unexpected"), response);
    }

    private ModelAndView page(HttpStatus status, String message, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView mav = new ModelAndView("problem");
        mav.addObject("status", status.value());
        mav.addObject("message", message);
        mav.setStatus(status);
        return mav;
    }
}
