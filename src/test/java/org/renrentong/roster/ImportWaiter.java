package org.renrentong.roster;

import java.util.UUID;
import org.renrentong.identity.Actor;
import org.springframework.core.io.ByteArrayResource;

/** Starts imports and waits for their background job to finish, as a user watching the job page would. */
final class ImportWaiter {

    private ImportWaiter() {
    }

    static ImportJob importAndWait(Imports imports, Actor actor, long schoolId, String fileName, byte[] content) {
        return importAndWait(imports, actor, schoolId, fileName, content, false);
    }

    /** An import whose changes to existing people the administrator confirmed (or not). */
    static ImportJob importAndWait(Imports imports, Actor actor, long schoolId, String fileName, byte[] content,
                                   boolean confirmChanges) {
        Imports.Started started = imports.start(actor, schoolId, fileName, content.length,
                new ByteArrayResource(content), "Init-Pass1", confirmChanges);
        return await(imports, actor, started.job().id());
    }

    static ImportJob await(Imports imports, Actor actor, UUID id) {
        // a generous bound against a hung job; not a statement about speed
        long giveUpAt = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < giveUpAt) {
            ImportJob job = imports.job(actor, id);
            if (job.status().finished()) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("import " + id + " did not finish");
    }
}
