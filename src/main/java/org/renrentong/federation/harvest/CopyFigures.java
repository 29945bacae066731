package org.renrentong.federation.harvest;

/**
 * How the copying of a source's files stands: files copied and their bytes, files waiting (a first try or a retry
 * after a failure), files given up, and the failed attempts so far.
 */
public record CopyFigures(long copied, long bytes, long waiting, long failed, long failedAttempts) {
}
