package org.renrentong.classroom.timetable;

/**
 * One cell of a timetable: on a day (1 Monday .. 7 Sunday) in a period, a subject taught to a class by a teacher
 * (none when not yet known).
 */
public record Lesson(long classId, String className, int day, int period, String subjectCode, String subjectName,
                     Long teacherId, String teacherName) {
}
