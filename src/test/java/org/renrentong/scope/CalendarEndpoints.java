package org.renrentong.scope;

import static org.renrentong.scope.Caller.GOVERN_A;
import static org.renrentong.scope.Caller.MANAGE_A;
import static org.renrentong.scope.Caller.OF_SCHOOL_A;
import static org.renrentong.scope.Caller.OTHER_SCHOOL;
import static org.renrentong.scope.Caller.PLATFORM;
import static org.renrentong.scope.Caller.union;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.renrentong.classroom.calendar.CalendarOwner;
import org.renrentong.classroom.calendar.DayOff;
import org.renrentong.classroom.calendar.SchoolCalendars;

/**
 * School calendars: school A's (its people see it, its managers set it) and county A's (its governors set it, the
 * people of its schools see it). Each request that adds or removes works on a school year of its own, at dates
 * made from the request's number, so that no two overlap.
 */
final class CalendarEndpoints extends Declarations {

    static final Set<Caller> SEE_A = union(GOVERN_A, OF_SCHOOL_A);

    private final SchoolCalendars calendars;
    private final CalendarOwner schoolA;

    CalendarEndpoints(MatrixWorld w, SchoolCalendars calendars) {
        super(w);
        this.calendars = calendars;
        this.schoolA = CalendarOwner.school(w.schoolA.id());
        long a = w.schoolA.id();
        String county = MatrixWorld.COUNTY_A;
        long spareYear = year(0);
        long spareTerm = term(spareYear, 0);
        long spareDayOff = dayOff(spareTerm, 0);

        Set<Caller> ownCalendar = EnumSet.complementOf(EnumSet.of(PLATFORM, Caller.GUARDIAN, Caller.EXPERT,
                Caller.PROVIDER, Caller.VISITOR));
        on("GET /calendar").allow(ownCalendar);
        for (String read : new String[] {"GET /calendar/schools/{id}", "GET /api/v1/calendar/schools/{id}",
                "GET /api/v1/calendar/schools/{id}/week"}) {
            on(read).at("school A", a).allow(SEE_A);
        }
        for (String read : new String[] {"GET /calendar/regions/{code}", "GET /api/v1/calendar/regions/{code}"}) {
            on(read).at("county A", county).allow(SEE_A);
        }

        on("POST /calendar/schools/{id}/years").at("school A", a).param("name", c -> "学年" + c.n())
                .param("firstDay", c -> start(c.n())).param("lastDay", c -> start(c.n()).plusDays(14)).allow(MANAGE_A);
        on("POST /calendar/regions/{code}/years").at("county A", county).param("name", c -> "学年" + c.n())
                .param("firstDay", c -> start(c.n())).param("lastDay", c -> start(c.n()).plusDays(14)).allow(GOVERN_A);
        on("POST /calendar/years/{id}/terms").at("a year of school A", c -> c.fresh(() -> year(c.n()), spareYear))
                .param("name", "学期").param("firstDay", c -> start(c.n()).plusDays(1))
                .param("lastDay", c -> start(c.n()).plusDays(10)).allow(MANAGE_A);
        on("POST /calendar/terms/{id}/days-off").at("a term of school A",
                        c -> c.fresh(() -> term(year(c.n()), c.n()), spareTerm))
                .param("name", "假日").param("firstDay", c -> start(c.n()).plusDays(2))
                .param("lastDay", c -> start(c.n()).plusDays(2)).param("kind", "HOLIDAY").allow(MANAGE_A);
        on("POST /calendar/years/{id}/delete").at("a year of school A", c -> c.fresh(() -> year(c.n()), spareYear))
                .allow(MANAGE_A);
        on("POST /calendar/terms/{id}/delete").at("a term of school A",
                c -> c.fresh(() -> term(year(c.n()), c.n()), spareTerm)).allow(MANAGE_A);
        on("POST /calendar/days-off/{id}/delete").at("a day off of school A",
                c -> c.fresh(() -> dayOff(term(year(c.n()), c.n()), c.n()), spareDayOff)).allow(MANAGE_A);

        on("POST /api/v1/calendar/schools/{id}/years").at("school A", a).json(c -> span("学年", c.n(), 0, 14))
                .allow(MANAGE_A);
        on("POST /api/v1/calendar/regions/{code}/years").at("county A", county).json(c -> span("学年", c.n(), 0, 14))
                .allow(GOVERN_A);
        on("POST /api/v1/calendar/years/{id}/terms").at("a year of school A",
                c -> c.fresh(() -> year(c.n()), spareYear)).json(c -> span("学期", c.n(), 1, 10)).allow(MANAGE_A);
        on("POST /api/v1/calendar/terms/{id}/days-off").at("a term of school A",
                        c -> c.fresh(() -> term(year(c.n()), c.n()), spareTerm))
                .json(c -> span("假日", c.n(), 2, 2).replace("}", ",\"kind\":\"HOLIDAY\"}")).allow(MANAGE_A);
        on("DELETE /api/v1/calendar/years/{id}").at("a year of school A",
                c -> c.fresh(() -> year(c.n()), spareYear)).allow(MANAGE_A);
        on("DELETE /api/v1/calendar/terms/{id}").at("a term of school A",
                c -> c.fresh(() -> term(year(c.n()), c.n()), spareTerm)).allow(MANAGE_A);
        on("DELETE /api/v1/calendar/days-off/{id}").at("a day off of school A",
                c -> c.fresh(() -> dayOff(term(year(c.n()), c.n()), c.n()), spareDayOff)).allow(MANAGE_A);
        // the county's administrators reach school A's calendar; another county's do not
        on("GET /api/v1/calendar/regions/{code}").at("county B", MatrixWorld.COUNTY_B)
                .allow(Caller.plus(Caller.GOVERN_B, OTHER_SCHOOL));
    }

    /** The first day of the span of days that belongs to request n: fifteen days, far from any other. */
    private static LocalDate start(long n) {
        return LocalDate.of(3000, 1, 5).plusDays((n % 5000) * 20);
    }

    private static String span(String name, long n, int from, int to) {
        return "{\"name\":\"" + name + n + "\",\"firstDay\":\"" + start(n).plusDays(from) + "\",\"lastDay\":\""
                + start(n).plusDays(to) + "\"}";
    }

    private long year(long n) {
        return calendars.addYear(w.platform, schoolA, "学年" + n, start(n), start(n).plusDays(14));
    }

    private long term(long year, long n) {
        return calendars.addTerm(w.platform, year, "学期" + n, start(n).plusDays(1), start(n).plusDays(10));
    }

    private long dayOff(long term, long n) {
        return calendars.addDayOff(w.platform, term, "假日" + n, start(n).plusDays(2), start(n).plusDays(2),
                DayOff.Kind.HOLIDAY, null);
    }
}
