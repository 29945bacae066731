package org.renrentong.scope;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;

/** One request of the matrix: the world, who sends it, and a number unique to it for names and codes. */
record Call(MatrixWorld w, Caller caller, long n) {

    /** The caller's actor; null for a visitor. */
    Actor actor() {
        return caller == Caller.VISITOR ? null : w.actor(caller);
    }

    Person me() {
        return w.person(caller);
    }
}
