package org.renrentong.space;

import java.time.Instant;
import org.renrentong.identity.MaskedName;

/**
 * A space. {@code ownerId} is the person (personal space) or the bureau, school, class or group it belongs to;
 * {@code regionPath} and {@code schoolId} say where it lives, for scope checks and statistics;
 * {@code place} is the school's (or region's) name, for the header.
 */
public record Space(long id, SpaceKind kind, long ownerId, String title, String intro, Visibility visibility,
                    long visitCount, String regionPath, Long schoolId, String place, Instant openedAt,
                    Instant lastActiveAt) {

    /** The same space with its title (a student's name, for a personal space) masked, as visitors see it. */
    Space withMaskedTitle() {
        return new Space(id, kind, ownerId, MaskedName.of(title), intro, visibility, visitCount, regionPath, schoolId,
                place, openedAt, lastActiveAt);
    }
}
