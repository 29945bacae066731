package org.renrentong.roster;

import java.util.StringJoiner;

/** How long each phase of an import took, for the log line an operator reads when a large import is slow. */
final class PhaseClock {

    private final StringJoiner phases = new StringJoiner(", ");
    private long start = System.nanoTime();

    void lap(String phase) {
        long now = System.nanoTime();
        phases.add(phase + " " + (now - start) / 1_000_000 + " ms");
        start = now;
    }

    @Override
    public String toString() {
        return phases.toString();
    }
}
