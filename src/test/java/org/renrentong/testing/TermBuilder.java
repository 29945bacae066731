package org.renrentong.testing;

import java.time.LocalDate;
import org.renrentong.classroom.calendar.CalendarOwner;
import org.renrentong.classroom.calendar.SchoolCalendars;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.classroom.calendar.Term;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.springframework.stereotype.Component;

/**
 * Builds a term in a school year of its own, for a school or a region:
 * {@code terms.aTerm().at(school).from(date).build()}. By default the term is under way: it began two weeks ago
 * (Asia/Shanghai) and lasts a hundred days more. Made through the real service as the platform administrator.
 */
@Component
public class TermBuilder {

    private final SchoolCalendars calendars;
    private final Fixtures fixtures;

    TermBuilder(SchoolCalendars calendars, Fixtures fixtures) {
        this.calendars = calendars;
        this.fixtures = fixtures;
    }

    public Draft aTerm() {
        return new Draft();
    }

    /** One term being described. */
    public final class Draft {

        private CalendarOwner owner;
        private String name = "第" + Fixtures.unique() + "学期";
        private LocalDate first = TeachingWeeks.today().minusDays(14);
        private LocalDate last;

        public Draft at(School school) {
            this.owner = CalendarOwner.school(school.id());
            return this;
        }

        /** For all schools of a region. */
        public Draft ofRegion(String regionCode) {
            this.owner = CalendarOwner.region(regionCode);
            return this;
        }

        public Draft named(String name) {
            this.name = name;
            return this;
        }

        public Draft from(LocalDate first) {
            this.first = first;
            return this;
        }

        public Draft to(LocalDate last) {
            this.last = last;
            return this;
        }

        public Term build() {
            LocalDate end = last != null ? last : first.plusDays(114);
            Actor admin = fixtures.platformAdmin();
            long year = calendars.addYear(admin, owner, "学年" + Fixtures.unique(), first.minusDays(10), end.plusDays(10));
            long id = calendars.addTerm(admin, year, name, first, end);
            return calendars.calendar(admin, owner).years().stream().flatMap(y -> y.terms().stream())
                    .filter(t -> t.id() == id).findFirst().orElseThrow();
        }
    }
}
