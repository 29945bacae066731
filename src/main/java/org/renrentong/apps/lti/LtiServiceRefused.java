package org.renrentong.apps.lti;

import org.springframework.http.HttpStatus;

/** An LTI service request refused with the OAuth 2 error the protocol names ({@code invalid_client}, …). */
class LtiServiceRefused extends RuntimeException {

    private final HttpStatus status;

    LtiServiceRefused(HttpStatus status, String error) {
        super(error);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    String error() {
        return getMessage();
    }
}
