package org.renrentong.roster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of one import: upload size, rows, stored errors, the inflated size of an .xlsx (zip bomb guard), new
 * classes per file; where uploads wait for their job; how many jobs run and wait at once.
 */
@ConfigurationProperties(prefix = "renrentong.roster")
record ImportSettings(
        @DefaultValue("512") long maxFileMegabytes,
        @DefaultValue("2000000") long maxRows,
        @DefaultValue("10000") int maxStoredErrors,
        @DefaultValue("4096") long maxInflatedMegabytes,
        @DefaultValue("2000") int maxNewClasses,
        @DefaultValue("") String workDir,
        @DefaultValue("1") int workers,
        @DefaultValue("16") int queue) {

    long maxFileBytes() {
        return maxFileMegabytes * 1024 * 1024;
    }

    long maxInflatedBytes() {
        return maxInflatedMegabytes * 1024 * 1024;
    }
}
