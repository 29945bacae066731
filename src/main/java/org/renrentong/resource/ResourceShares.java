package org.renrentong.resource;

import org.renrentong.identity.Actor;
import org.renrentong.space.SharedResources;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/** Tells the spaces whether a reader may see a shared resource: by the resource's visibility, as on its own page. */
@Component
class ResourceShares implements SharedResources {

    private final ResourceReader reader;
    private final ResourceAccess access;

    ResourceShares(ResourceReader reader, ResourceAccess access) {
        this.reader = reader;
        this.access = access;
    }

    @Override
    public boolean readable(Actor viewer, long resourceId) {
        try {
            return access.mayRead(viewer, reader.get(resourceId));
        } catch (DomainException gone) {
            return false;
        }
    }
}
