package org.renrentong.identity;

import java.time.Instant;

/** A pending invitation as its invitee sees it: whose guardian they are asked to become, at which school. */
public record GuardianInvitation(long id, String studentName, String schoolName, String relation, Instant createdAt) {
}
