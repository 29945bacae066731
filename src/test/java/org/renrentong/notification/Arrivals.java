package org.renrentong.notification;

import java.util.function.BooleanSupplier;

/**
 * Waits for what listeners deliver after commit, on their own threads. The bound is generous: it guards against a
 * delivery that never comes and says nothing about speed.
 */
final class Arrivals {

    private Arrivals() {
    }

    static void await(String what, BooleanSupplier arrived) {
        long giveUpAt = System.nanoTime() + 60_000_000_000L;
        while (!arrived.getAsBoolean()) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("never arrived: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
