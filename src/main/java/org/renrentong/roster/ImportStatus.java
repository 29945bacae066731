package org.renrentong.roster;

/** Where an import job is: waiting, reading and checking the file, writing, or finished one way or another. */
public enum ImportStatus {
    QUEUED, VALIDATING, WRITING, DONE, REJECTED, FAILED;

    public boolean finished() {
        return this == DONE || this == REJECTED || this == FAILED;
    }
}
