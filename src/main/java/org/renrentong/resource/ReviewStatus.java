package org.renrentong.resource;

import org.renrentong.shared.DomainException;

/**
 * Where a resource is in its review: DRAFT → SUBMITTED → PUBLISHED or REJECTED; the owner withdraws a submitted or
 * published one, reviewers and administrators retire a published one. Rejected and withdrawn resources are edited
 * and submitted again. Editing a published resource starts a new version in DRAFT (see {@link Resources}).
 */
public enum ReviewStatus {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED, WITHDRAWN, RETIRED;

    /** The status after the action, or a conflict when the action does not apply here. */
    public ReviewStatus after(ReviewAction action) {
        ReviewStatus next = next(action);
        if (next == null) {
            throw DomainException.conflict("resource.review.notAllowed", name(), action.name());
        }
        return next;
    }

    public boolean allows(ReviewAction action) {
        return next(action) != null;
    }

    private ReviewStatus next(ReviewAction action) {
        return switch (action) {
            case SUBMIT -> in(DRAFT, REJECTED, WITHDRAWN) ? SUBMITTED : null;
            case PUBLISH -> this == SUBMITTED ? PUBLISHED : null;
            case REJECT -> this == SUBMITTED ? REJECTED : null;
            case WITHDRAW -> in(SUBMITTED, PUBLISHED) ? WITHDRAWN : null;
            case RETIRE -> this == PUBLISHED ? RETIRED : null;
        };
    }

    /** The owner may change metadata and files; a published resource then becomes a new draft version. */
    public boolean editable() {
        return in(DRAFT, REJECTED, WITHDRAWN, PUBLISHED);
    }

    private boolean in(ReviewStatus... statuses) {
        for (ReviewStatus s : statuses) {
            if (s == this) {
                return true;
            }
        }
        return false;
    }
}
