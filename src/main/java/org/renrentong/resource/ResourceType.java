package org.renrentong.resource;

/** The kinds of teaching resource (教学设计, 课件, 微课 …); names are in the resource bundle. */
public enum ResourceType {
    LESSON_PLAN, SLIDES, MICRO_LESSON, LESSON_RECORDING, EXERCISES, MATERIAL, EXPERIMENT, DIGITAL_TEXTBOOK,
    STANDARD_READING, TEXTBOOK_ANALYSIS, TOOL
}
