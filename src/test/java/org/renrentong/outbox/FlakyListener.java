package org.renrentong.outbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A listener for tests that throws the first times it gets an event, then succeeds; it counts every call. */
@Component
class FlakyListener {

    /** An event its listener fails to take the first {@code failures} times. */
    record Flaky(String key, int failures) {
    }

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, String> threads = new ConcurrentHashMap<>();

    @ApplicationModuleListener(id = "test.flaky")
    void on(Flaky event) {
        threads.put(event.key(), Thread.currentThread().getName());
        int call = calls.computeIfAbsent(event.key(), k -> new AtomicInteger()).incrementAndGet();
        if (call <= event.failures()) {
            throw new IllegalStateException("failing on purpose, call " + call);
        }
    }

    /** The thread of the last call. */
    String thread(String key) {
        return threads.get(key);
    }

    int calls(String key) {
        AtomicInteger n = calls.get(key);
        return n == null ? 0 : n.get();
    }
}
