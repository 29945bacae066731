package org.renrentong.classroom.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar tables: years, terms and days off of a school or a region. */
@Repository
class CalendarRepository {

    /** Where a year, term or day off belongs, to check scope before touching it. */
    record Place(long yearId, CalendarOwner owner) {
    }

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner's years with their terms and days off, in date order. */
    List<SchoolYear> calendar(CalendarOwner owner) {
        record YearRow(long id, String name, LocalDate firstDay, LocalDate lastDay) {
        }
        record TermRow(long id, long yearId, String name, LocalDate firstDay, LocalDate lastDay) {
        }
        record DayRow(long id, long termId, String name, LocalDate firstDay, LocalDate lastDay, String kind,
                      Integer follows) {
        }
        String where = owner.isSchool() ? "y.school_id = :owner" : "y.region_code = :owner";
        Object key = owner.isSchool() ? owner.schoolId() : owner.regionCode();
        List<YearRow> years = jdbc.sql("SELECT y.id, y.name, y.first_day, y.last_day FROM calendar_year y WHERE "
                + where + " ORDER BY y.first_day").param("owner", key).query(YearRow.class).list();
        if (years.isEmpty()) {
            return List.of();
        }
        List<TermRow> terms = jdbc.sql("""
                SELECT t.id, t.year_id, t.name, t.first_day, t.last_day FROM calendar_term t
                JOIN calendar_year y ON y.id = t.year_id WHERE """ + " " + where + " ORDER BY t.first_day")
                .param("owner", key).query(TermRow.class).list();
        Map<Long, List<DayOff>> days = jdbc.sql("""
                SELECT d.id, d.term_id, d.name, d.first_day, d.last_day, d.kind, d.follows FROM calendar_day_off d
                JOIN calendar_term t ON t.id = d.term_id JOIN calendar_year y ON y.id = t.year_id
                WHERE """ + " " + where + " ORDER BY d.first_day").param("owner", key).query(DayRow.class).list()
                .stream().collect(Collectors.groupingBy(DayRow::termId, Collectors.mapping(
                        d -> new DayOff(d.id(), d.name(), d.firstDay(), d.lastDay(), DayOff.Kind.valueOf(d.kind()),
                                d.follows() == null ? null : DayOfWeek.of(d.follows())),
                        Collectors.toList())));
        Map<Long, List<Term>> termsOfYear = terms.stream().collect(Collectors.groupingBy(TermRow::yearId,
                Collectors.mapping(t -> new Term(t.id(), t.name(), t.firstDay(), t.lastDay(),
                        days.getOrDefault(t.id(), List.of())), Collectors.toList())));
        return years.stream().map(y -> new SchoolYear(y.id(), y.name(), y.firstDay(), y.lastDay(),
                termsOfYear.getOrDefault(y.id(), List.of()))).toList();
    }

    /** Which of these regions have a calendar. */
    List<String> regionsWithCalendar(Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT region_code FROM calendar_year WHERE region_code IN (:codes)")
                .param("codes", regionCodes).query(String.class).list();
    }

    boolean hasCalendar(long schoolId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM calendar_year WHERE school_id = ?)").param(schoolId)
                .query(Boolean.class).single();
    }

    Optional<Place> yearPlace(long yearId) {
        return jdbc.sql("SELECT id, school_id, region_code FROM calendar_year WHERE id = ?").param(yearId)
                .query((rs, n) -> new Place(rs.getLong("id"), owner(rs.getObject("school_id", Long.class),
                        rs.getString("region_code")))).optional();
    }

    Optional<Place> termPlace(long termId) {
        return jdbc.sql("SELECT year_id FROM calendar_term WHERE id = ?").param(termId).query(Long.class).optional()
                .flatMap(this::yearPlace);
    }

    Optional<Place> dayOffPlace(long dayOffId) {
        return jdbc.sql("SELECT t.year_id FROM calendar_day_off d JOIN calendar_term t ON t.id = d.term_id WHERE d.id = ?")
                .param(dayOffId).query(Long.class).optional().flatMap(this::yearPlace);
    }

    long insertYear(CalendarOwner owner, String name, LocalDate first, LocalDate last) {
        return jdbc.sql("""
                INSERT INTO calendar_year (school_id, region_code, name, first_day, last_day) VALUES (?, ?, ?, ?, ?)
                RETURNING id""").params(owner.schoolId(), owner.regionCode(), name, first, last)
                .query(Long.class).single();
    }

    long insertTerm(long yearId, String name, LocalDate first, LocalDate last) {
        return jdbc.sql("""
                INSERT INTO calendar_term (year_id, name, first_day, last_day) VALUES (?, ?, ?, ?) RETURNING id""")
                .params(yearId, name, first, last).query(Long.class).single();
    }

    long insertDayOff(long termId, String name, LocalDate first, LocalDate last, DayOff.Kind kind,
                      DayOfWeek follows) {
        return jdbc.sql("""
                INSERT INTO calendar_day_off (term_id, name, first_day, last_day, kind, follows)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(termId, name, first, last, kind.name(), follows == null ? null : follows.getValue())
                .query(Long.class).single();
    }

    /** Whether a timetable was set in the term (or in a term of the year): then it stays. */
    boolean termInUse(long termId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM timetable_lesson WHERE term_id = ?)").param(termId)
                .query(Boolean.class).single();
    }

    boolean yearInUse(long yearId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM timetable_lesson l JOIN calendar_term t ON t.id = l.term_id
                WHERE t.year_id = ?)""").param(yearId).query(Boolean.class).single();
    }

    void deleteYear(long yearId) {
        jdbc.sql("DELETE FROM calendar_year WHERE id = ?").param(yearId).update();
    }

    void deleteTerm(long termId) {
        jdbc.sql("DELETE FROM calendar_term WHERE id = ?").param(termId).update();
    }

    void deleteDayOff(long dayOffId) {
        jdbc.sql("DELETE FROM calendar_day_off WHERE id = ?").param(dayOffId).update();
    }

    private static CalendarOwner owner(Long schoolId, String regionCode) {
        return new CalendarOwner(schoolId, regionCode);
    }
}
