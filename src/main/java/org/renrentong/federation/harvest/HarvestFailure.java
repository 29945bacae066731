package org.renrentong.federation.harvest;

/**
 * Why a page of a harvest failed, as a message key's last part ({@code federation.harvest.reason.<reason>}) and a
 * detail from the source (an HTTP status, an OAI error code, the parser's words). Nothing of the page is written.
 */
class HarvestFailure extends RuntimeException {

    /** The reasons; BAD_TOKEN (an expired or unknown resumption token) restarts the run from its stored from. */
    enum Reason { CONNECT, TIMEOUT, HTTP_STATUS, BROKEN_XML, TOO_LARGE, OAI_ERROR, BAD_TOKEN, FUTURE_DATESTAMP,
        BAD_DATESTAMP, REPEATED_TOKEN, TOO_MANY_PAGES, NOT_OAI }

    private final Reason reason;
    private final String detail;

    HarvestFailure(Reason reason, String detail) {
        super(reason + (detail == null ? "" : ": " + detail));
        this.reason = reason;
        this.detail = detail == null ? "" : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }

    Reason reason() {
        return reason;
    }

    String detail() {
        return detail;
    }
}
