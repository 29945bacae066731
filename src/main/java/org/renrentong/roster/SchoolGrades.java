package org.renrentong.roster;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.renrentong.org.Grade;

/** The grades of the importing school, for the 年级 column and for class references such as "七年级1班". */
final class SchoolGrades {

    static final int MAX_CLASS_NAME = 32;

    /** A class named in a file: its grade and its name within the grade ("1班"). */
    record ClassRef(long gradeId, String className) {

        /** How the teachers' staging table keeps it: "gradeId/className". */
        String key() {
            return gradeId + "/" + className;
        }
    }

    private final Map<String, Long> byName = new HashMap<>();
    private final List<String> longestFirst;

    SchoolGrades(List<Grade> grades) {
        grades.forEach(g -> byName.put(g.name(), g.id()));
        longestFirst = byName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    Long id(String gradeName) {
        return byName.get(gradeName);
    }

    /** The 班级 column may repeat the grade ("七年级1班" in grade 七年级): the class is then "1班". */
    static String className(String gradeName, String raw) {
        String name = raw.startsWith(gradeName) && raw.length() > gradeName.length()
                ? raw.substring(gradeName.length()).strip() : raw;
        return name.length() <= MAX_CLASS_NAME ? name : null;
    }

    /** "七年级1班" → grade 七年级, class "1班", if it starts with one of the school's grade names. */
    Optional<ClassRef> parse(String reference) {
        for (String grade : longestFirst) {
            if (reference.startsWith(grade)) {
                String name = reference.substring(grade.length()).strip();
                if (name.isEmpty() || name.length() > MAX_CLASS_NAME) {
                    return Optional.empty();
                }
                return Optional.of(new ClassRef(byName.get(grade), name));
            }
        }
        return Optional.empty();
    }
}
