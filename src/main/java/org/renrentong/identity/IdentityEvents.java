package org.renrentong.identity;

/** Published inside the creating transaction, so that a person's space is created with them or not at all. */
public final class IdentityEvents {

    private IdentityEvents() {
    }

    public record PersonCreated(long personId, String name, Long schoolId, String regionPath) {
    }
}
