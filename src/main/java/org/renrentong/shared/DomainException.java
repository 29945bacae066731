package org.renrentong.shared;

import org.springframework.http.HttpStatus;

/**
 * A failure the user should read: a message key from the bundles plus its arguments, and the HTTP status it maps to.
 * Pages and the JSON API both render it in the user's language.
 */
public class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;

    public DomainException(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static DomainException invalid(String messageKey, Object... args) {
        return new DomainException(HttpStatus.BAD_REQUEST, messageKey, args);
    }

    public static DomainException notFound(String messageKey, Object... args) {
        return new DomainException(HttpStatus.NOT_FOUND, messageKey, args);
    }

    public static DomainException forbidden() {
        return new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    public static DomainException conflict(String messageKey, Object... args) {
        return new DomainException(HttpStatus.CONFLICT, messageKey, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
