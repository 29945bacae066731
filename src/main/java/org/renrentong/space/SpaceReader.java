package org.renrentong.space;

import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/** Finds a space, the first step of every space use case; {@link SpacePolicy} then decides what the viewer may do. */
@Component
class SpaceReader {

    private final SpaceRepository spaces;

    SpaceReader(SpaceRepository spaces) {
        this.spaces = spaces;
    }

    Space space(long spaceId) {
        return spaces.find(spaceId).orElseThrow(() -> DomainException.notFound("space.unknown"));
    }
}
