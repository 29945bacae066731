package org.renrentong.classroom.closure;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.renrentong.taxonomy.TreePlace;

/**
 * A class's day during a closure: each period of its timetable with the lesson's live link and library resources.
 *
 * @param closure   the closure covering the class's school that day, null when there is none (no online day)
 * @param teaches   whether the reader sets the links (a teacher of the class)
 * @param studies   whether the reader opens the lessons (a student of the class)
 */
public record OnlineSchedule(long classId, String className, LocalDate date, Closure closure,
                             List<OnlinePeriod> periods, boolean teaches, boolean studies) {

    public OnlineSchedule {
        periods = List.copyOf(periods);
    }

    public LocalDate previousDay() {
        return date.minusDays(1);
    }

    public LocalDate nextDay() {
        return date.plusDays(1);
    }

    /**
     * One period of the day: its times, the timetable's subject (if any), the live link, the resources the
     * teacher attached and the node of the textbook tree it teaches (if set); a period with a subject also leads to
     * the library's resources of that subject.
     */
    public record OnlinePeriod(int period, LocalTime startsAt, LocalTime endsAt, String subjectCode,
                               String subjectName, String teacherName, String liveUrl,
                               List<LessonResource> resources, LessonNode textbookNode) {

        public OnlinePeriod {
            resources = List.copyOf(resources);
        }

        /**
         * Whether there is anything to open: a live link, resources, the textbook node's or the subject's resources
         * in the library.
         */
        public boolean ready() {
            return liveUrl != null || !resources.isEmpty() || textbookNode != null || subjectCode != null;
        }

        public String resourceIds() {
            return String.join(",", resources.stream().map(r -> String.valueOf(r.id())).toList());
        }
    }

    /** A library resource of a lesson, with its title. */
    public record LessonResource(long id, String title) {
    }

    /**
     * The node of the textbook tree a lesson teaches, with where it sits (初中 · 数学 · … · 第2课) and the library's
     * page of the published resources placed there.
     */
    public record LessonNode(long id, String label, String libraryPath) {

        static LessonNode of(TreePlace place) {
            return new LessonNode(place.nodeId(), place.label(), "/resources/search?placeId=" + place.nodeId());
        }
    }
}
