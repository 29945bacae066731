package org.renrentong.org;

/** A grade of a school, e.g. 七年级 (year level 7, junior secondary). */
public record Grade(long id, long schoolId, Stage stage, int yearLevel, String name) {
}
