package org.renrentong.federation.oai;

import org.renrentong.resource.Resource;

/**
 * Who harvests: visitors see the published resources public to everyone; a joined node also sees those shared with
 * the federation (signed-in visibility). The level is stored with each record as its reach.
 */
enum OaiReach {
    FEDERATION(1), VISITORS(2);

    /** The reach of a resource nobody may harvest now: a record that had a wider one is served as deleted. */
    static final int NOBODY = 0;

    private final int level;

    OaiReach(int level) {
        this.level = level;
    }

    int level() {
        return level;
    }

    /** Who may harvest the resource as it stands now: 2 visitors, 1 joined nodes only, 0 nobody. */
    static int of(Resource r) {
        return r.published() ? whilePublished(r) : NOBODY;
    }

    /** Who could harvest the resource while it was published (its visibility changes only with a new version). */
    static int whilePublished(Resource r) {
        return switch (r.visibility()) {
            case PUBLIC -> VISITORS.level;
            case SIGNED_IN -> FEDERATION.level;
            case ORGANISATION -> NOBODY;
        };
    }
}
