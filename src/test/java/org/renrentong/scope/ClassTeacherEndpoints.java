package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.util.Set;
import org.renrentong.identity.Person;
import org.renrentong.testing.TaughtClassBuilder;

/** The head teacher and subject teachers of a class: seen by its members and administrators, set by the latter. */
final class ClassTeacherEndpoints extends Declarations {

    /** Who sees class A1's teachers: its members (the teacher, students and the guardian) and school A's managers. */
    static final Set<Caller> SEE_A1 = plus(MANAGE_A, TEACHER, STUDENT, CLASSMATE, GUARDIAN);

    ClassTeacherEndpoints(MatrixWorld w) {
        super(w);
        long a1 = w.classA1.id();
        long b1 = w.classB1.id();
        long spare = w.classA2.id();
        Person teacher = w.teacherA;
        String choice = "{\"teacherId\":" + teacher.id() + "}";

        for (String read : new String[] {"GET /api/v1/classes/{id}/teachers", "GET /classes/{id}/teachers"}) {
            on(read).at("class A1", a1).allow(SEE_A1);
            on(read).at("class B1", b1).allow(MANAGE_B);
        }
        on("PUT /api/v1/classes/{id}/head").at("a new class of A", c -> c.fresh(() -> taught().build().id(), spare))
                .json(c -> choice).allow(MANAGE_A);
        on("DELETE /api/v1/classes/{id}/head").at("a class of A with a head teacher",
                c -> c.fresh(() -> taught().head(teacher).build().id(), spare)).allow(MANAGE_A);
        on("PUT /api/v1/classes/{id}/subjects/{subject}").at("maths of a new class of A",
                c -> new Object[] {c.fresh(() -> taught().build().id(), spare), "14"}).json(c -> choice)
                .allow(MANAGE_A);
        on("DELETE /api/v1/classes/{id}/subjects/{subject}").at("maths of a class of A",
                c -> new Object[] {c.fresh(() -> taught().subject("14", teacher).build().id(), spare), "14"})
                .allow(MANAGE_A);
        on("DELETE /api/v1/classes/{id}/teachers/{personId}").at("a teacher of a class of A",
                c -> new Object[] {c.fresh(() -> taught().subject("14", teacher).build().id(), spare), teacher.id()})
                .allow(MANAGE_A);
        on("GET /api/v1/people/{id}/subjects").at("the teacher of A1", w.person(TEACHER).id())
                .allow(plus(MANAGE_A, TEACHER));

        on("POST /classes/{id}/teachers/head").at("a new class of A", c -> c.fresh(() -> taught().build().id(), spare))
                .param("teacherId", teacher.id()).allow(MANAGE_A);
        on("POST /classes/{id}/teachers/head/remove").at("a class of A with a head teacher",
                c -> c.fresh(() -> taught().head(teacher).build().id(), spare)).allow(MANAGE_A);
        on("POST /classes/{id}/teachers/subjects").at("a new class of A",
                c -> c.fresh(() -> taught().build().id(), spare)).param("subject", "14")
                .param("teacherId", teacher.id()).allow(MANAGE_A);
        on("POST /classes/{id}/teachers/subjects/{subject}/remove").at("maths of a class of A",
                c -> new Object[] {c.fresh(() -> taught().subject("14", teacher).build().id(), spare), "14"})
                .allow(MANAGE_A);
        on("POST /classes/{id}/teachers/{personId}/remove").at("a teacher of a class of A",
                c -> new Object[] {c.fresh(() -> taught().subject("14", teacher).build().id(), spare), teacher.id()})
                .allow(MANAGE_A);
    }

    private TaughtClassBuilder taught() {
        return new TaughtClassBuilder(w.fixtures).in(w.schoolA);
    }
}
