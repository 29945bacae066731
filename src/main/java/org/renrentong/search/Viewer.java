package org.renrentong.search;

import java.util.Set;

/**
 * Who is searching, as far as visibility goes: anonymous visitors see PUBLIC resources; signed-in people also see
 * SIGNED_IN ones and the ORGANISATION resources of the organisations they belong to.
 */
public record Viewer(boolean signedIn, Set<Long> organisationIds) {

    public Viewer {
        organisationIds = signedIn && organisationIds != null ? Set.copyOf(organisationIds) : Set.of();
    }

    public static Viewer anonymous() {
        return new Viewer(false, Set.of());
    }

    public static Viewer signedIn(Set<Long> organisationIds) {
        return new Viewer(true, organisationIds);
    }
}
