package org.renrentong.classroom.homework;

import java.util.List;

/** A guardian's view of one child: their homework with due dates, grades and the teachers' comments. */
public record ChildHomework(long childId, String name, List<HomeworkItem> items) {
}
