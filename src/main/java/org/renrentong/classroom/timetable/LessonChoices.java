package org.renrentong.classroom.timetable;

import java.util.List;
import org.renrentong.taxonomy.CodeName;

/** What an editor of a timetable chooses from: the current subjects and the school's teachers. */
public record LessonChoices(List<CodeName> subjects, List<Teacher> teachers) {

    public LessonChoices {
        subjects = List.copyOf(subjects);
        teachers = List.copyOf(teachers);
    }
}
