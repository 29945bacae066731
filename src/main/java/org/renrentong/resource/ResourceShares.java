package org.renrentong.resource;

import org.renrentong.identity.Actor;
import org.renrentong.space.SharedResources;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/** Tells the spaces whether a reader may see a shared resource: by the resource's visibility, as on its own page. */
@Component
class ResourceShares implements SharedResources {

    private final ResourceReader reader;
    private final ResourcePolicy policy;

    ResourceShares(ResourceReader reader, ResourcePolicy policy) {
        this.reader = reader;
        this.policy = policy;
    }

    @Override
    public boolean readable(Actor viewer, long resourceId) {
        try {
            return policy.mayRead(viewer, reader.get(resourceId));
        } catch (DomainException gone) {
            return false;
        }
    }
}
