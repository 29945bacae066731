package org.renrentong.org;

/** A member of a group as its page lists them; the owner (who started the group) manages it with the administrators. */
public record GroupMember(long personId, String name, String account, boolean owner) {
}
