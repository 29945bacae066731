package org.renrentong.scope;

import static org.renrentong.scope.Caller.ADMINS;
import static org.renrentong.scope.Caller.CLASSMATE;
import static org.renrentong.scope.Caller.GUARDIAN;
import static org.renrentong.scope.Caller.MANAGE_A;
import static org.renrentong.scope.Caller.SIGNED_IN;
import static org.renrentong.scope.Caller.STUDENT;
import static org.renrentong.scope.Caller.TEACHER;
import static org.renrentong.scope.Caller.only;
import static org.renrentong.scope.Caller.plus;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.testing.ClosureBuilder;

/**
 * Closures of school A: one under way (today and tomorrow) whose figures and online schedule of class A1 are read,
 * and fresh ones on later days for the requests that end them. Switching is answered 409 when an allowed caller's
 * days overlap an earlier caller's.
 */
final class ClosureEndpoints extends Declarations {

    static final Set<Caller> READ_A1 = plus(MANAGE_A, TEACHER, STUDENT, CLASSMATE, GUARDIAN);

    private final ClosureBuilder closures;
    private final MatrixWorld w;
    /** Later closures of school A, two days apart so that none overlaps another. */
    private final AtomicInteger later = new AtomicInteger();

    ClosureEndpoints(MatrixWorld w, ClosureBuilder closures) {
        super(w);
        this.w = w;
        this.closures = closures;
        LocalDate today = TeachingWeeks.today();
        long underWay = closures.aClosure().of(w.schoolA).build().id();
        long spare = fresh();
        long a1 = w.classA1.id();
        String form = "school:" + w.schoolA.id();

        on("GET /closures").allow(ADMINS);
        on("GET /api/v1/closures").allow(ADMINS);
        on("POST /closures").param("place", form).param("firstDay", today).param("lastDay", today)
                .param("reason", "暴雪").allow(MANAGE_A);
        on("POST /api/v1/closures").json(c -> "{\"schoolId\":" + w.schoolA.id() + ",\"firstDay\":\"" + today
                + "\",\"lastDay\":\"" + today + "\",\"reason\":\"暴雪\"}").allow(MANAGE_A).accepting(409);
        on("POST /closures/{id}/end").at("a later one of school A", c -> c.fresh(this::fresh, spare))
                .allow(MANAGE_A);
        on("POST /api/v1/closures/{id}/end").at("a later one of school A", c -> c.fresh(this::fresh, spare))
                .allow(MANAGE_A);
        on("GET /closures/{id}").at("school A's", underWay).allow(MANAGE_A);
        on("GET /closures/{id}/figures.xlsx").at("school A's", underWay).allow(MANAGE_A);
        on("GET /api/v1/closures/{id}/figures").at("school A's", underWay).allow(MANAGE_A);

        on("GET /closures/schedule").allow(SIGNED_IN);
        on("GET /closures/classes/{id}/schedule").at("class A1", a1).allow(READ_A1);
        on("GET /api/v1/closures/classes/{classId}/schedule").at("class A1", a1).allow(READ_A1);
        on("GET /closures/classes/{id}/lesson").at("class A1", a1).param("date", today).param("period", 1)
                .allow(READ_A1);
        on("POST /closures/classes/{id}/lessons").at("class A1", a1).param("date", today).param("period", 1)
                .param("liveUrl", "https://live.example.cn/a1").allow(only(TEACHER));
        on("PUT /api/v1/closures/classes/{classId}/lessons").at("class A1", a1)
                .json(c -> "{\"date\":\"" + today + "\",\"period\":2,\"liveUrl\":\"https://live.example.cn/a1\"}")
                .allow(only(TEACHER));
        on("POST /closures/classes/{id}/open").at("class A1", a1).param("date", today).param("period", 1)
                .allow(only(STUDENT, CLASSMATE));
        on("POST /api/v1/closures/classes/{classId}/openings").at("class A1", a1)
                .json(c -> "{\"date\":\"" + today + "\",\"period\":1}").allow(only(STUDENT, CLASSMATE));
    }

    private long fresh() {
        LocalDate first = TeachingWeeks.today().plusDays(10L + 2L * later.getAndIncrement());
        return closures.aClosure().of(w.schoolA).from(first).to(first).build().id();
    }
}
