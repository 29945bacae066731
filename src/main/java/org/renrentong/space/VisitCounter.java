package org.renrentong.space;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.renrentong.shared.Bookkeeping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts space visits in memory, off the request's hot path, and adds them to the table every few seconds in
 * one batch UPDATE. Each node of a cluster counts its own visits and adds them, so totals stay right. A visit
 * that races with a space's idle eviction may be lost; visit counts are a popularity hint, not a ledger.
 */
@Component
@Bookkeeping
class VisitCounter {

    private static final Logger log = LoggerFactory.getLogger(VisitCounter.class);

    private final ConcurrentHashMap<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final SpaceRepository spaces;

    VisitCounter(SpaceRepository spaces) {
        this.spaces = spaces;
    }

    void record(long spaceId) {
        pending.computeIfAbsent(spaceId, id -> new LongAdder()).increment();
    }

    /** Visits counted here and not yet written, so a page can show the count including itself. */
    long unwritten(long spaceId) {
        LongAdder adder = pending.get(spaceId);
        return adder == null ? 0 : adder.sum();
    }

    @Scheduled(fixedDelayString = "${renrentong.space.visit-flush-ms:5000}")
    @PreDestroy
    void flush() {
        List<Long> ids = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (Map.Entry<Long, LongAdder> e : pending.entrySet()) {
            long n = e.getValue().sumThenReset();
            if (n == 0 && pending.remove(e.getKey(), e.getValue())) {
                // a visit may have arrived between the sum and the removal
                n = e.getValue().sumThenReset();
            }
            if (n > 0) {
                ids.add(e.getKey());
                counts.add(n);
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        try {
            spaces.addVisits(ids.toArray(Long[]::new), counts.toArray(Long[]::new));
        } catch (RuntimeException e) {
            log.warn("Could not write {} spaces' visits; keeping them for the next flush", ids.size(), e);
            for (int i = 0; i < ids.size(); i++) {
                pending.computeIfAbsent(ids.get(i), id -> new LongAdder()).add(counts.get(i));
            }
        }
    }
}
