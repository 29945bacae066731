package org.renrentong.web;

import java.util.stream.Collectors;
import org.renrentong.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * JSON API errors as RFC 9457 problem details, in the user's language, never with a stack trace. Spring MVC's own
 * client errors (405, 406, 415, missing parameters or parts, unreadable bodies, ...) keep the status the framework
 * gives them; only what is really unexpected becomes a 500.
 *
 * <p>An error answers {@code application/problem+json} whatever the request's Accept header asks for: a client that
 * accepts only text/html gets its 406 as problem details too (HTTP lets a server disregard Accept for an error, and a
 * problem details document has no HTML form in this API).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ProblemMessages messages;

    ApiErrors(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        return problem(e.status(), messages.text(e.messageKey(), e.args()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected API failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.text("error.unexpected"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + messages.text(f.getDefaultMessage()))
                .collect(Collectors.joining("; "));
        return ResponseEntity.status(status).headers(headers).body(problem(status, detail));
    }

    /** Every framework error the base class knows, with its own status and a message in the user's language. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            log.error("API failure", e);
        }
        return ResponseEntity.status(status).headers(headers).body(problem(status, messages.text(detailKey(status))));
    }

    private static String detailKey(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 406 -> "error.notAcceptable";
            case 413 -> "error.tooLarge";
            case 415 -> "error.unsupportedMediaType";
            default -> status.is4xxClientError() ? "error.badRequest" : "error.unexpected";
        };
    }

    private ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.text("error.status." + status.value()));
        return problem;
    }
}
