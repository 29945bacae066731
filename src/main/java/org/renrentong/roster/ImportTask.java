package org.renrentong.roster;

import java.nio.file.Path;
import java.util.UUID;
import org.renrentong.identity.Actor;

/**
 * One queued import: who asked (their scope was checked when they asked), for which school, the stored upload,
 * the batch's initial password, which lives only in memory until it is hashed once inside the import, and whether
 * the administrator confirmed the changes to existing people that a first run listed.
 */
record ImportTask(UUID jobId, Actor actor, long schoolId, String schoolPath, Path file, String initialPassword,
                  boolean confirmChanges) {

    @Override
    public String toString() {
        return "ImportTask[" + jobId + "]";
    }
}
