package org.renrentong.testing;

import java.time.LocalDate;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.classroom.closure.Closure;
import org.renrentong.classroom.closure.Closures;
import org.renrentong.org.School;
import org.springframework.stereotype.Component;

/**
 * Builds a closure of a school or a region: {@code closures.aClosure().of(school).build()}. By default it covers
 * today and tomorrow (Asia/Shanghai). Switched on through the real service as the platform administrator.
 */
@Component
public class ClosureBuilder {

    private final Closures closures;
    private final Fixtures fixtures;

    ClosureBuilder(Closures closures, Fixtures fixtures) {
        this.closures = closures;
        this.fixtures = fixtures;
    }

    public Draft aClosure() {
        return new Draft();
    }

    /** One closure being described. */
    public final class Draft {

        private String regionCode;
        private Long schoolId;
        private LocalDate first = TeachingWeeks.today();
        private LocalDate last = TeachingWeeks.today().plusDays(1);

        public Draft of(School school) {
            this.schoolId = school.id();
            return this;
        }

        /** All schools of a region. */
        public Draft ofRegion(String code) {
            this.regionCode = code;
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

        public Closure build() {
            return closures.switchOn(fixtures.platformAdmin(), regionCode, schoolId, first, last, "测试停课");
        }
    }
}
