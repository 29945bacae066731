package org.renrentong.classroom.homework;

import java.util.List;

/** The homework a class space shows its reader; {@code teaching} when the reader sees it as a teacher. */
public record ClassCard(long classId, boolean teaching, List<HomeworkItem> items) {
}
