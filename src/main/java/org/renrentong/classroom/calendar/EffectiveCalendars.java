package org.renrentong.classroom.calendar;

import java.util.Arrays;
import java.util.List;
import org.renrentong.org.Schools;
import org.springframework.stereotype.Component;

/** The calendar a school follows: its own when it has one, else that of the nearest region above it that has one. */
@Component
class EffectiveCalendars {

    /** The owner of the calendar followed (null when none) and its years. */
    record Effective(CalendarOwner owner, List<SchoolYear> years) {
    }

    private final CalendarRepository repository;
    private final Schools schools;

    EffectiveCalendars(CalendarRepository repository, Schools schools) {
        this.repository = repository;
        this.schools = schools;
    }

    Effective of(long schoolId) {
        if (repository.hasCalendar(schoolId)) {
            CalendarOwner own = CalendarOwner.school(schoolId);
            return new Effective(own, repository.calendar(own));
        }
        return inherited(schoolId);
    }

    /** The calendar of the nearest region above the school that has one, whatever the school's own. */
    Effective inherited(long schoolId) {
        // a region path lists the codes from the top down: "/000000/130000/130100/130102/"
        List<String> codes = Arrays.stream(schools.get(schoolId).regionPath().split("/"))
                .filter(code -> !code.isEmpty()).toList();
        List<String> withCalendar = repository.regionsWithCalendar(codes);
        for (int i = codes.size() - 1; i >= 0; i--) {
            if (withCalendar.contains(codes.get(i))) {
                CalendarOwner region = CalendarOwner.region(codes.get(i));
                return new Effective(region, repository.calendar(region));
            }
        }
        return new Effective(null, List.of());
    }
}
