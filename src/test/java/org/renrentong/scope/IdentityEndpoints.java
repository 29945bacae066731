package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.util.Set;

/** People, accounts and one's own password and roles. */
final class IdentityEndpoints extends Declarations {

    /** Who reads the student of A1: their administrators, the teacher of the class, the student, the guardian. */
    static final Set<Caller> READ_STUDENT = plus(MANAGE_A, TEACHER, STUDENT, GUARDIAN);
    static final Set<Caller> READ_OTHER_STUDENT = plus(MANAGE_A, OTHER_TEACHER, OTHER_STUDENT);

    IdentityEndpoints(MatrixWorld w) {
        super(w);
        long student = w.person(STUDENT).id();
        long otherStudent = w.person(OTHER_STUDENT).id();
        long guardian = w.person(GUARDIAN).id();
        long studentB = w.studentB.id();
        long a = w.schoolA.id();
        long b = w.schoolB.id();

        on("GET /api/v1/people").at("school A").param("school", a).allow(MANAGE_A);
        on("GET /api/v1/people").at("school B").param("school", b).allow(MANAGE_B);
        on("GET /api/v1/people/{id}").at("student of A1", student).allow(READ_STUDENT);
        on("GET /api/v1/people/{id}").at("guardian of the student", guardian)
                .allow(plus(MANAGE_A, TEACHER, GUARDIAN));
        on("GET /api/v1/people/{id}").at("student of A2", otherStudent).allow(READ_OTHER_STUDENT);
        on("GET /api/v1/people/{id}").at("student of school B", studentB).allow(MANAGE_B);
        on("POST /api/v1/people").at("student in A1").json(c -> newStudent(w.classA1.id(), c.n())).allow(MANAGE_A);
        on("POST /api/v1/people").at("student in B1").json(c -> newStudent(w.classB1.id(), c.n())).allow(MANAGE_B);
        on("POST /api/v1/people/{id}/guardians").at("student of A1", student).json(c -> newGuardian(c.n()))
                .allow(MANAGE_A);
        on("POST /api/v1/people/{id}/guardians").at("student of school B", studentB).json(c -> newGuardian(c.n()))
                .allow(MANAGE_B);
        on("POST /api/v1/people/{id}/grants").at("new teacher of A", c -> c.fresh(w::freshTeacherA, w.teacherA).id())
                .json(c -> "{\"role\":\"SCHOOL_ADMIN\",\"schoolId\":" + a + "}").allow(MANAGE_A);
        on("POST /api/v1/people/{id}/classes").at("new teacher of A", c -> c.fresh(w::freshTeacherA, w.teacherA).id())
                .json(c -> "{\"classId\":" + w.classA2.id() + ",\"subject\":\"数学\",\"head\":false}")
                .allow(MANAGE_A);
        on("POST /api/v1/people/{id}/unlock").at("student of A1", student).allow(MANAGE_A);
        on("POST /api/v1/people/{id}/unlock").at("student of school B", studentB).allow(MANAGE_B);

        on("GET /people").at("without a school").allow(ADMINS);
        on("GET /people").at("school A").param("school", a).allow(MANAGE_A);
        on("GET /people/rows").at("school A").param("school", a).allow(MANAGE_A);
        on("GET /people/rows").at("school B").param("school", b).allow(MANAGE_B);
        on("GET /people/new").at("school A").param("school", a).allow(MANAGE_A);
        on("GET /people/new").at("county A").param("region", MatrixWorld.COUNTY_A).allow(GOVERN_A);
        on("POST /people").at("student in A1").param("name", c -> "新生" + c.n()).param("gender", "MALE")
                .param("role", "STUDENT").param("schoolId", a).param("classId", w.classA1.id())
                .param("number", c -> "f" + c.n()).param("initialPassword", "Init-Pass1").allow(MANAGE_A);
        on("GET /people/admins").at("county A").param("region", MatrixWorld.COUNTY_A).allow(GOVERN_A);
        on("GET /people/{id}").at("student of A1", student).allow(READ_STUDENT);
        on("GET /people/{id}").at("student of A2", otherStudent).allow(READ_OTHER_STUDENT);
        on("GET /people/{id}").at("student of school B", studentB).allow(MANAGE_B);
        on("POST /people/{id}/guardians").at("student of A1", student).param("name", c -> "家长" + c.n())
                .param("phone", c -> phone(c.n())).param("relation", "父亲").param("initialPassword", "Init-Pass1")
                .allow(MANAGE_A);
        on("POST /people/{id}/classes").at("new teacher of A", c -> c.fresh(w::freshTeacherA, w.teacherA).id())
                .param("classId", w.classA2.id()).param("subject", "语文").allow(MANAGE_A);
        on("POST /people/{id}/grants").at("new teacher of A", c -> c.fresh(w::freshTeacherA, w.teacherA).id())
                .param("role", "SCHOOL_ADMIN").param("schoolId", a).allow(MANAGE_A);
        on("POST /people/{id}/unlock").at("student of A1", student).allow(MANAGE_A);

        for (String reset : new String[] {"POST /api/v1/people/{id}/password-reset",
                "POST /people/{id}/password-reset"}) {
            on(reset).at("new student of A1", c -> c.fresh(w::freshStudentA, w.person(CLASSMATE)).id())
                    .allow(MANAGE_A);
            on(reset).at("student of school B", studentB).allow(MANAGE_B);
        }

        // an invitation to become a guardian is its invitee's alone to answer, and hidden from everyone else
        on("GET /api/v1/me/invitations").allow(SIGNED_IN);
        on("GET /invitations").allow(SIGNED_IN);
        for (String answer : new String[] {"POST /api/v1/me/invitations/{id}/accept",
                "POST /api/v1/me/invitations/{id}/decline", "POST /invitations/{id}/accept",
                "POST /invitations/{id}/decline"}) {
            on(answer).at("the guardian's", c -> c.fresh(w::freshInvitation, w.invitation)).allow(only(GUARDIAN))
                    .hiddenAs404();
        }
        // 忘记密码 is for everyone; a phone no account holds, or a wrong code, is told on the page
        on("GET /password/forgot").allow(EVERYONE);
        on("POST /password/forgot").at("a phone nobody holds").param("phone", "13000000000").allow(EVERYONE);
        on("POST /password/forgot/reset").at("a wrong code").param("phone", "13000000000").param("code", "000000")
                .param("next", "Next-Pass12").param("confirm", "Next-Pass12").allow(EVERYONE);
        // one's own phone: without an SMS gateway, or with a wrong code, the page says so
        on("GET /account/phone").allow(SIGNED_IN);
        on("POST /account/phone/code").allow(SIGNED_IN);
        on("POST /account/phone/verify").at("a wrong code").param("code", "000000").allow(SIGNED_IN);
        on("GET /login").allow(EVERYONE);
        on("GET /password").allow(SIGNED_IN);
        on("POST /password").at("wrong current password").param("current", "wrong-Pass1")
                .param("next", "Next-Pass12").param("confirm", "Next-Pass12").allow(SIGNED_IN);
        on("POST /role").at("own grant", c -> new Object[0]).param("grantId", c -> c.caller() == VISITOR ? 0
                : c.actor().grant().id()).allow(SIGNED_IN);
        on("POST /role").at("the guardian's grant").param("grantId", w.actor(GUARDIAN).grant().id())
                .allow(only(GUARDIAN));
        on("GET /api/v1/me").allow(SIGNED_IN);
        on("POST /api/v1/me/password").at("wrong current password")
                .json(c -> "{\"current\":\"wrong-Pass1\",\"next\":\"Next-Pass12\"}").allow(SIGNED_IN).accepting(400);
    }

    private static String newStudent(long classId, long n) {
        return "{\"name\":\"新生" + n + "\",\"gender\":\"MALE\",\"role\":\"STUDENT\",\"classId\":" + classId
                + ",\"number\":\"m" + n + "\",\"initialPassword\":\"Init-Pass1\"}";
    }

    private static String newGuardian(long n) {
        return "{\"name\":\"家长" + n + "\",\"phone\":\"" + phone(n) + "\",\"relation\":\"父亲\","
                + "\"initialPassword\":\"Init-Pass1\"}";
    }

    static String phone(long n) {
        return "137" + String.format("%08d", n % 100_000_000);
    }
}
