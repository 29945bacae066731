package org.renrentong.scope;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import java.util.function.Supplier;

/** One request of the matrix: the world, who sends it, and a number unique to it for names and codes. */
record Call(MatrixWorld w, Caller caller, long n, boolean allowed) {

    /**
     * A target made for this request when the caller may change it; a caller to be refused gets the spare one, which
     * nothing changes unless the refusal fails (and then the matrix fails anyway).
     */
    <T> T fresh(Supplier<T> make, T spare) {
        return allowed ? make.get() : spare;
    }

    /** The caller's actor; null for a visitor. */
    Actor actor() {
        return caller == Caller.VISITOR ? null : w.actor(caller);
    }

    Person me() {
        return w.person(caller);
    }
}
