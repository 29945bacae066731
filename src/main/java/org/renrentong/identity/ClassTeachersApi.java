package org.renrentong.identity;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The teachers of a class as JSON: head teacher and subject teachers by subject code; the services check scope. */
@RestController
class ClassTeachersApi {

    /** Who takes the role: a teacher of the class's school. */
    record TeacherChoice(Long teacherId) {
        long id() {
            return teacherId == null ? 0 : teacherId;
        }
    }

    private final ClassTeachers teachers;
    private final TeacherAssignments assignments;

    ClassTeachersApi(ClassTeachers teachers, TeacherAssignments assignments) {
        this.teachers = teachers;
        this.assignments = assignments;
    }

    @GetMapping("/api/v1/classes/{id}/teachers")
    ClassTeaching get(Actor me, @PathVariable long id) {
        return teachers.ofClass(me, id);
    }

    /** Sets the head teacher; refused while the class has another one (remove that one first). */
    @PutMapping("/api/v1/classes/{id}/head")
    ClassTeaching setHead(Actor me, @PathVariable long id, @RequestBody TeacherChoice body) {
        assignments.setHead(me, id, body.id());
        return teachers.ofClass(me, id);
    }

    @DeleteMapping("/api/v1/classes/{id}/head")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeHead(Actor me, @PathVariable long id) {
        assignments.removeHead(me, id);
    }

    /** The teacher of a subject (its standard code, e.g. 14 数学), in place of whoever taught it before. */
    @PutMapping("/api/v1/classes/{id}/subjects/{subject}")
    ClassTeaching assignSubject(Actor me, @PathVariable long id, @PathVariable String subject,
                                @RequestBody TeacherChoice body) {
        assignments.assignSubject(me, id, subject, body.id());
        return teachers.ofClass(me, id);
    }

    @DeleteMapping("/api/v1/classes/{id}/subjects/{subject}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeSubject(Actor me, @PathVariable long id, @PathVariable String subject) {
        assignments.removeSubject(me, id, subject);
    }

    /** Takes a teacher off the class: head teacher role and subjects there included. */
    @DeleteMapping("/api/v1/classes/{id}/teachers/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeTeacher(Actor me, @PathVariable long id, @PathVariable long personId) {
        assignments.removeTeacher(me, id, personId);
    }

    /** The classes and subjects a teacher teaches. */
    @GetMapping("/api/v1/people/{id}/subjects")
    List<ClassTeaching.TaughtSubject> taughtBy(Actor me, @PathVariable long id) {
        return teachers.taughtBy(me, id);
    }
}
