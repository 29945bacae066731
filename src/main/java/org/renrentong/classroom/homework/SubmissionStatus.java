package org.renrentong.classroom.homework;

/** Where a student's work stands: not handed in yet, handed in, graded, or returned for correction. */
public enum SubmissionStatus {
    TODO, SUBMITTED, GRADED, RETURNED
}
