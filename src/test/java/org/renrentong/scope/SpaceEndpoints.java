package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.util.Set;

/**
 * Spaces of each visibility: class A1 (members), class A2 (private), school A (public), the student's personal space
 * (members) and class B1 of the other county; posts, images, settings, and the space statistics.
 */
final class SpaceEndpoints extends Declarations {

    static final Set<Caller> READ_A1 = plus(MANAGE_A, TEACHER, STUDENT, CLASSMATE, GUARDIAN);
    static final Set<Caller> POST_A1 = plus(MANAGE_A, TEACHER, STUDENT, CLASSMATE);
    static final Set<Caller> MANAGE_A1 = plus(MANAGE_A, TEACHER);
    static final Set<Caller> MANAGE_A2 = plus(MANAGE_A, OTHER_TEACHER);
    static final Set<Caller> POST_SCHOOL_A = union(MANAGE_A, OF_SCHOOL_A);
    static final Set<Caller> READ_STUDENT_SPACE = plus(union(MANAGE_A, OF_SCHOOL_A), GUARDIAN);

    SpaceEndpoints(MatrixWorld w) {
        super(w);
        long a1 = w.classA1Space;
        long a2 = w.classA2Space;
        long schoolA = w.schoolASpace;
        long b1 = w.classB1Space;
        long personal = w.studentSpace;

        for (String home : new String[] {"GET /api/v1/spaces/{id}", "GET /spaces/{id}", "GET /api/v1/spaces/{id}/posts",
                "GET /spaces/{id}/posts"}) {
            on(home).at("class A1, members", a1).allow(READ_A1);
            on(home).at("class A2, private", a2).allow(MANAGE_A2);
            on(home).at("school A, public", schoolA).allow(EVERYONE);
            on(home).at("class B1", b1).allow(MANAGE_B);
            on(home).at("the student's own, members", personal).allow(READ_STUDENT_SPACE);
        }
        on("POST /api/v1/spaces/{id}/posts").at("post in class A1", a1)
                .json(c -> "{\"kind\":\"POST\",\"body\":\"动态" + c.n() + "\"}").allow(POST_A1);
        on("POST /api/v1/spaces/{id}/posts").at("notice in class A1", a1)
                .json(c -> "{\"kind\":\"NOTICE\",\"body\":\"通知" + c.n() + "\"}").allow(MANAGE_A1);
        on("POST /api/v1/spaces/{id}/posts").at("post in school A", schoolA)
                .json(c -> "{\"kind\":\"POST\",\"body\":\"动态" + c.n() + "\"}").allow(POST_SCHOOL_A);
        on("POST /api/v1/spaces/{id}/posts").at("notice in school A", schoolA)
                .json(c -> "{\"kind\":\"NOTICE\",\"body\":\"通知" + c.n() + "\"}").allow(MANAGE_A);
        on("POST /api/v1/spaces/{id}/posts").at("post in class B1", b1)
                .json(c -> "{\"kind\":\"POST\",\"body\":\"动态" + c.n() + "\"}").allow(MANAGE_B);
        on("POST /spaces/{id}/posts").at("post in class A1", a1).param("body", c -> "动态" + c.n()).allow(POST_A1);
        on("POST /spaces/{id}/posts").at("post in class A2", a2).param("body", c -> "动态" + c.n())
                .allow(MANAGE_A2);
        on("DELETE /api/v1/spaces/{id}/posts/{postId}").at("the student's post in class A1",
                c -> new Object[] {a1, c.fresh(w::freshPostA1, w.imagePostA1)}).allow(plus(MANAGE_A1, STUDENT));
        on("POST /spaces/{id}/posts/{postId}/delete").at("the student's post in class A1",
                c -> new Object[] {a1, c.fresh(w::freshPostA1, w.imagePostA1)}).allow(plus(MANAGE_A1, STUDENT));
        on("GET /spaces/{id}/images/{imageId}").at("image in class A1", a1, w.imageA1).allow(READ_A1);
        on("GET /spaces/{id}/edit").at("class A1", a1).allow(MANAGE_A1);
        on("GET /spaces/{id}/edit").at("the student's own", personal).allow(only(STUDENT));
        on("POST /spaces/{id}/edit").at("class A1", a1).param("intro", c -> "简介" + c.n())
                .param("visibility", "MEMBERS").allow(MANAGE_A1);
        on("POST /spaces/{id}/edit").at("school A", schoolA).param("intro", c -> "简介" + c.n())
                .param("visibility", "PUBLIC").allow(MANAGE_A);
        on("GET /spaces/mine").allow(SIGNED_IN);
        // a stable link only redirects; the space decides who reads it when it is opened
        on("GET /spaces/{kind:school|class|group|bureau}/{ownerId}").at("class A1", "class", w.classA1.id())
                .allow(EVERYONE);
        on("GET /classes/mine").allow(SIGNED_IN);

        for (String report : new String[] {"GET /api/v1/statistics/spaces", "GET /statistics/spaces",
                "GET /statistics/spaces.xlsx"}) {
            on(report).at("own scope").allow(ADMINS);
            on(report).at("school A").param("school", w.schoolA.id()).allow(MANAGE_A);
            on(report).at("county B").param("region", MatrixWorld.COUNTY_B).allow(GOVERN_B);
        }
    }
}
