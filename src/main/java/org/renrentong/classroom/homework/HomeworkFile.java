package org.renrentong.classroom.homework;

import org.springframework.core.io.InputStreamSource;

/** A file sent with a form: a teacher's attachment or a student's photo, recording or document. */
public record HomeworkFile(String name, long size, InputStreamSource content) {
}
