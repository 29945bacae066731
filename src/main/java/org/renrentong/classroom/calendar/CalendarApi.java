package org.renrentong.classroom.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.renrentong.identity.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** School calendars as JSON: read a school's or a region's, add years, terms and days off, remove them. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    private final SchoolCalendars calendars;

    CalendarApi(SchoolCalendars calendars) {
        this.calendars = calendars;
    }

    /** A school year or a term: its name and its first and last day (ISO dates). */
    record Span(String name, LocalDate firstDay, LocalDate lastDay) {
    }

    /**
     * A holiday (HOLIDAY) or a make-up working day (WORKDAY) of a term; a make-up day names the weekday whose
     * timetable it follows (follows: MONDAY to FRIDAY), a holiday none.
     */
    record NewDayOff(String name, LocalDate firstDay, LocalDate lastDay, DayOff.Kind kind, DayOfWeek follows) {
    }

    record Created(long id) {
    }

    @GetMapping("/schools/{id}")
    CalendarView school(@PathVariable long id, Actor me) {
        return calendars.calendar(me, CalendarOwner.school(id));
    }

    /** What a date (today by default) is at the school: its term and teaching week, or a holiday. */
    @GetMapping("/schools/{id}/week")
    TeachingWeek week(@PathVariable long id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                      Actor me) {
        return calendars.week(me, id, date == null ? TeachingWeeks.today() : date);
    }

    @GetMapping("/regions/{code}")
    CalendarView region(@PathVariable String code, Actor me) {
        return calendars.calendar(me, CalendarOwner.region(code));
    }

    @PostMapping("/schools/{id}/years")
    @ResponseStatus(HttpStatus.CREATED)
    Created schoolYear(@PathVariable long id, @RequestBody Span year, Actor me) {
        return new Created(calendars.addYear(me, CalendarOwner.school(id), year.name(), year.firstDay(),
                year.lastDay()));
    }

    @PostMapping("/regions/{code}/years")
    @ResponseStatus(HttpStatus.CREATED)
    Created regionYear(@PathVariable String code, @RequestBody Span year, Actor me) {
        return new Created(calendars.addYear(me, CalendarOwner.region(code), year.name(), year.firstDay(),
                year.lastDay()));
    }

    @PostMapping("/years/{id}/terms")
    @ResponseStatus(HttpStatus.CREATED)
    Created term(@PathVariable long id, @RequestBody Span term, Actor me) {
        return new Created(calendars.addTerm(me, id, term.name(), term.firstDay(), term.lastDay()));
    }

    @PostMapping("/terms/{id}/days-off")
    @ResponseStatus(HttpStatus.CREATED)
    Created dayOff(@PathVariable long id, @RequestBody NewDayOff day, Actor me) {
        return new Created(calendars.addDayOff(me, id, day.name(), day.firstDay(), day.lastDay(), day.kind(),
                day.follows()));
    }

    @DeleteMapping("/years/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeYear(@PathVariable long id, Actor me) {
        calendars.removeYear(me, id);
    }

    @DeleteMapping("/terms/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeTerm(@PathVariable long id, Actor me) {
        calendars.removeTerm(me, id);
    }

    @DeleteMapping("/days-off/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeDayOff(@PathVariable long id, Actor me) {
        calendars.removeDayOff(me, id);
    }
}
