package org.renrentong.classroom.timetable;

/** A teacher of a school, to choose for a lesson or to match in an import. */
public record Teacher(long id, String account, String name) {
}
