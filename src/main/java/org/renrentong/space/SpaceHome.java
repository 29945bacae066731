package org.renrentong.space;

import java.util.List;

/**
 * A space's home page at a glance: who (the space and, for a personal space, its owner's roles), what's new
 * (pinned notices, then the feed of posts), who belongs (null when the viewer may not see it) and the visits.
 */
public record SpaceHome(Space space, Permissions can, List<String> ownerRoles, Feed notices, Feed posts,
                        Members members, long visits) {
}
