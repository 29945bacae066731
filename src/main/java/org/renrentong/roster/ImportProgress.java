package org.renrentong.roster;

import java.util.UUID;

/**
 * Reports a job's progress to its record at most twice a second. Reading and checking the rows fills the bar to
 * {@value #READ_SHARE}%; the checks across rows and the writing fill the rest in steps.
 */
final class ImportProgress {

    static final int READ_SHARE = 60;
    private static final long INTERVAL_NANOS = 500_000_000L;

    private final ImportJobs jobs;
    private final UUID jobId;
    private final long totalRows;
    private long lastWrite = System.nanoTime();

    ImportProgress(ImportJobs jobs, UUID jobId, long totalRows) {
        this.jobs = jobs;
        this.jobId = jobId;
        this.totalRows = totalRows;
    }

    void start() {
        jobs.progress(jobId, ImportStatus.VALIDATING, 0, totalRows, 0);
    }

    /** Called for every row; writes only when half a second has passed since the last write. */
    void read(long processed) {
        if ((processed & 1023) == 0 && System.nanoTime() - lastWrite > INTERVAL_NANOS) {
            int percent = totalRows <= 0 ? 0 : (int) Math.min(READ_SHARE, READ_SHARE * processed / totalRows);
            jobs.progress(jobId, ImportStatus.VALIDATING, processed, null, percent);
            lastWrite = System.nanoTime();
        }
    }

    void step(ImportStatus status, long processed, int percent) {
        jobs.progress(jobId, status, processed, null, percent);
        lastWrite = System.nanoTime();
    }
}
