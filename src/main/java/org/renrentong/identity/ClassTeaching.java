package org.renrentong.identity;

import java.util.List;

/**
 * Who teaches a class: its head teacher (班主任, or null), its subject teachers by subject (任课教师), and the other
 * teachers of the class — those given no standard subject there, with the free-text subject of an earlier release.
 */
public record ClassTeaching(long classId, String className, long schoolId, Teacher head,
                            List<SubjectTeacher> subjects, List<Teacher> others) {

    public ClassTeaching {
        subjects = List.copyOf(subjects);
        others = List.copyOf(others);
    }

    /** A teacher of the class; formerSubject is the free text an earlier release kept, or null. */
    public record Teacher(long personId, String name, String formerSubject) {
    }

    /** A subject of the class (its standard code and name) and the one teacher who teaches it. */
    public record SubjectTeacher(String subject, String subjectName, long personId, String name) {
    }

    /** A subject a teacher teaches in a class. */
    public record TaughtSubject(long classId, String subject, String subjectName) {
    }
}
