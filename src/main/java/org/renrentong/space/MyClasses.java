package org.renrentong.space;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.renrentong.identity.Actor;
import org.renrentong.identity.ClassTeachers;
import org.renrentong.identity.ClassTeaching;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The ways into class spaces: a teacher's classes, a student's class, a guardian's children. */
@Service
public class MyClasses {

    private final JdbcClient jdbc;
    private final ClassTeachers teachers;

    MyClasses(JdbcClient jdbc, ClassTeachers teachers) {
        this.jdbc = jdbc;
        this.teachers = teachers;
    }

    /** The classes the actor teaches (teachers), attends (students) or whose students they guard (guardians). */
    public List<ClassCard> classes(Actor actor) {
        if (actor.classIds().isEmpty()) {
            return List.of();
        }
        // a teacher's subjects in each class by their standard names; the free text of an earlier release otherwise
        Map<Long, String> subjects = actor.is(Role.TEACHER) ? teachers.taughtBy(actor.personId()).stream()
                .collect(Collectors.groupingBy(ClassTeaching.TaughtSubject::classId,
                        Collectors.mapping(ClassTeaching.TaughtSubject::subjectName, Collectors.joining("、"))))
                : Map.of();
        return jdbc.sql("""
                SELECT c.id, c.grade_name || c.name AS name, s.name AS school_name,
                       (SELECT count(*) FROM identity_v_class_student cs WHERE cs.class_id = c.id) AS students,
                       COALESCE(ct.head, FALSE) AS head, ct.subject, sp.id AS space_id
                FROM org_v_class c JOIN org_v_school s ON s.id = c.school_id
                LEFT JOIN identity_v_class_teacher ct ON ct.class_id = c.id AND ct.person_id = :person
                LEFT JOIN space sp ON sp.kind = 'CLASS' AND sp.owner_id = c.id
                WHERE c.id IN (:ids) ORDER BY c.year_level, length(c.name), c.name""")
                .param("person", actor.personId()).param("ids", actor.classIds())
                .query((rs, n) -> new ClassCard(rs.getLong("id"), rs.getString("name"), rs.getString("school_name"),
                        rs.getLong("students"), rs.getBoolean("head"),
                        subjects.getOrDefault(rs.getLong("id"), rs.getString("subject")),
                        (Long) rs.getObject("space_id")))
                .list();
    }

    /** A student's own class space, if they are placed in a class that has one. */
    public Optional<Long> ownClassSpace(Actor actor) {
        if (!actor.is(Role.STUDENT)) {
            return Optional.empty();
        }
        return classes(actor).stream().map(ClassCard::spaceId).filter(Objects::nonNull).findFirst();
    }

    /** A guardian's children and their class spaces, unless private (guardians never manage one). */
    public List<ChildCard> children(Actor actor) {
        if (!actor.is(Role.GUARDIAN)) {
            throw DomainException.forbidden();
        }
        return jdbc.sql("""
                SELECT p.id, p.name, gs.relation, c.grade_name || c.name AS class_name, s.name AS school_name,
                       sp.id AS space_id, c.id AS class_id
                FROM identity_v_guardianship gs JOIN identity_v_person p ON p.id = gs.student_id
                LEFT JOIN identity_v_class_student cs ON cs.person_id = p.id
                LEFT JOIN org_v_class c ON c.id = cs.class_id
                LEFT JOIN org_v_school s ON s.id = c.school_id
                LEFT JOIN space sp ON sp.kind = 'CLASS' AND sp.owner_id = c.id AND sp.visibility <> 'PRIVATE'
                WHERE gs.guardian_id = ? ORDER BY p.name, p.id""")
                .param(actor.personId())
                .query((rs, n) -> new ChildCard(rs.getLong("id"), rs.getString("name"), rs.getString("relation"),
                        rs.getString("class_name"), rs.getString("school_name"), (Long) rs.getObject("space_id"),
                        (Long) rs.getObject("class_id")))
                .list();
    }
}
