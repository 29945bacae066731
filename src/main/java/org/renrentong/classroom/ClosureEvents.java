package org.renrentong.classroom;

import java.time.LocalDate;
import java.util.List;

/**
 * Facts about closures (停课不停学) that the notification centre tells the teachers, students and guardians of the
 * schools concerned. One event per school, so that a county's closure never travels as one huge list.
 */
public final class ClosureEvents {

    private ClosureEvents() {
    }

    /** A closure covering the school was switched on: its people study online from the first to the last day. */
    public record Started(long closureId, long schoolId, String placeName, LocalDate firstDay, LocalDate lastDay,
                          String reason, List<Long> personIds) {
        public Started {
            personIds = List.copyOf(personIds);
        }
    }

    /** A closure covering the school was ended early: lessons are back at school after {@code endedOn}. */
    public record Ended(long closureId, long schoolId, String placeName, LocalDate endedOn, List<Long> personIds) {
        public Ended {
            personIds = List.copyOf(personIds);
        }
    }
}
