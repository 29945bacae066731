package org.renrentong.space;

import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Finds a space and decides what the viewer may do there; the first step of every space use case. */
@Component
class SpaceReader {

    private final SpaceRepository spaces;
    private final SpaceAccess access;

    SpaceReader(SpaceRepository spaces, SpaceAccess access) {
        this.spaces = spaces;
        this.access = access;
    }

    Space space(long spaceId) {
        return spaces.find(spaceId).orElseThrow(() -> DomainException.notFound("space.unknown"));
    }

    Permissions permissions(Actor viewer, Space space) {
        return access.of(viewer, space);
    }

    /** The permissions of a viewer who may read the space; anonymous visitors of a closed space must sign in. */
    Permissions readable(Actor viewer, Space space) {
        Permissions can = access.of(viewer, space);
        if (!can.view()) {
            throw viewer == null ? new DomainException(HttpStatus.UNAUTHORIZED, "error.unauthenticated")
                    : DomainException.forbidden();
        }
        return can;
    }
}
