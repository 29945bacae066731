package org.renrentong.space;

import org.renrentong.identity.Actor;

/**
 * Whether a reader may see a resource shared into a space. The resource module answers it; a share shows only to
 * those who may read the resource, whoever may read the space.
 */
public interface SharedResources {

    /** @param viewer the signed-in actor, or null for a visitor */
    boolean readable(Actor viewer, long resourceId);
}
