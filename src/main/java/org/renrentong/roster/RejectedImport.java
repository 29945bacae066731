package org.renrentong.roster;

import java.util.List;

/**
 * Ends a job as rejected: thrown inside the import transaction so that it rolls back, with either a problem of the
 * file as a whole (a message key and its arguments) or the row errors collected so far.
 */
final class RejectedImport extends RuntimeException {

    private final String messageKey;
    private final transient List<String> args;

    RejectedImport(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    String messageKey() {
        return messageKey;
    }

    List<String> args() {
        return args;
    }
}
