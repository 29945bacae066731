package org.renrentong.classroom.homework;

import java.util.List;
import org.renrentong.taxonomy.CodeName;

/** What a teacher chooses from when assigning: their classes with their students, subjects, their resources. */
public record FormChoices(List<ClassChoice> classes, List<CodeName> subjects, List<ResourceChoice> resources) {

    public record ClassChoice(long classId, String name, List<StudentChoice> students) {
    }

    public record StudentChoice(long studentId, String name) {
    }

    public record ResourceChoice(long resourceId, String title) {
    }
}
