package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.util.Set;

/**
 * A student's week: the guardian reads their child's (the student of class A1) and nobody else's, not even a
 * classmate's; each student reads their own.
 */
final class WeekEndpoints extends Declarations {

    static final Set<Caller> STUDENTS = only(STUDENT, CLASSMATE, OTHER_STUDENT);

    WeekEndpoints(MatrixWorld w) {
        super(w);
        long child = w.person(STUDENT).id();
        long classmate = w.person(CLASSMATE).id();

        on("GET /children").allow(only(GUARDIAN));
        on("GET /api/v1/children").allow(only(GUARDIAN));
        for (String week : new String[] {"GET /children/{id}", "GET /api/v1/children/{id}/week"}) {
            on(week).at("the guardian's child", child).allow(only(GUARDIAN));
            on(week).at("a classmate of the child", classmate).allow(NOBODY);
        }
        on("GET /week/card").allow(STUDENTS);
        on("GET /api/v1/week").allow(STUDENTS);
    }
}
