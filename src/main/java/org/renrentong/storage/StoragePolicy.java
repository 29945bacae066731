package org.renrentong.storage;

import org.renrentong.audit.PrincipalKind;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with uploads and stored files, in one place. An upload belongs to the person who began it: anyone
 * else's does not exist for them. A kept file is released by the person who uploaded it, through the module that
 * claimed it; who may read a file is the claiming module's rule.
 */
@Component
class StoragePolicy {

    /** Any person may upload; their quota is checked with the upload. An application client or a node may not. */
    long mayUpload(Actor actor) {
        return actor.personId();
    }

    /** Whether the upload is the actor's own. */
    boolean owns(Actor actor, Upload upload) {
        return upload.ownerId() == actor.personId();
    }

    /** Files copied from elsewhere are the node's own: only the node (a node principal) copies; its id owns them. */
    long mayCopy(Actor actor) {
        if (actor.principal().kind() != PrincipalKind.NODE) {
            throw DomainException.forbidden();
        }
        return actor.principal().id();
    }

    /** A kept file the actor may let go of: one they uploaded. */
    void mayRelease(Actor actor, StoredFile file) {
        if (file.ownerId() != actor.personId()) {
            throw DomainException.forbidden();
        }
    }
}
