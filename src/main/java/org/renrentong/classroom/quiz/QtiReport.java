package org.renrentong.classroom.quiz;

import java.util.List;

/** The outcome of a QTI import: the items made, or — nothing made — what was wrong with each refused file. */
public record QtiReport(int imported, List<Problem> problems) {

    /** A refused item file, with the reason in the reader's language. */
    public record Problem(String file, String message) {
    }
}
