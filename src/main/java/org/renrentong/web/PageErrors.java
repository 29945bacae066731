package org.renrentong.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.renrentong.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Page errors as a friendly page in the user's language, in the shell of whoever is signed in. A visitor at a page
 * that needs sign-in is sent to sign in, and comes back to that page afterwards.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final ProblemMessages messages;
    private final ShellModel shell;
    private final HttpSessionRequestCache signInReturn = new HttpSessionRequestCache();

    PageErrors(ProblemMessages messages, ShellModel shell) {
        this.messages = messages;
        this.shell = shell;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletRequest request, HttpServletResponse response) {
        if (e.status() == HttpStatus.UNAUTHORIZED && HttpMethod.GET.matches(request.getMethod())) {
            signInReturn.saveRequest(request, response);
            return new ModelAndView("redirect:/login");
        }
        return page(e.status(), messages.text(e.messageKey(), e.args()), request, response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, messages.text("error.badRequest"), request, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request,
                          HttpServletResponse response) {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, messages.text("error.tooLarge"), request, response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof org.springframework.web.servlet.resource.NoResourceFoundException) {
            return page(HttpStatus.NOT_FOUND, messages.text("error.notFound"), request, response);
        }
        log.error("Unexpected page failure", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, messages.text("error.unexpected"), request, response);
    }

    private ModelAndView page(HttpStatus status, String message, HttpServletRequest request,
                              HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView mav = new ModelAndView("problem");
        shell.fill(request, mav);
        mav.addObject("status", status.value());
        mav.addObject("message", message);
        mav.setStatus(status);
        return mav;
    }
}
