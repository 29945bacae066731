package org.renrentong.apps.catalogue;

import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;

/**
 * A refused button on an app page comes back as a message above the page; a refusal of the actor (forbidden, not
 * signed in) or of a target that is not there goes on to the error page.
 */
final class Refusals {

    private Refusals() {
    }

    static String keyOf(DomainException e) {
        if (e.status() != HttpStatus.BAD_REQUEST && e.status() != HttpStatus.CONFLICT
                && e.status() != HttpStatus.PAYLOAD_TOO_LARGE) {
            throw e;
        }
        return e.messageKey();
    }
}
