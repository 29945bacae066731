package org.renrentong.identity;

import java.util.List;

/**
 * Facts about people, published inside the writing transaction and delivered to other modules after it commits,
 * through the event publication registry (retried after a failure or a crash).
 */
public final class IdentityEvents {

    private IdentityEvents() {
    }

    /** A new person: where they belong (school, or null) and the region path of that place. */
    public record Newcomer(long personId, String name, Long schoolId, String regionPath) {
    }

    /**
     * People were created: one for a person created alone, up to {@link PeopleImport#EVENT_CHUNK} for a roster
     * import (one event per chunk).
     */
    public record PeopleCreated(List<Newcomer> people) {
    }
}
