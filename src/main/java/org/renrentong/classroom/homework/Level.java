package org.renrentong.classroom.homework;

/** A grade given as a level instead of a score: 优, 良, 中, 待提高. */
public enum Level {
    EXCELLENT, GOOD, FAIR, NEEDS_WORK
}
