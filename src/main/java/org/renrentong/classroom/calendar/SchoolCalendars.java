package org.renrentong.classroom.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * School calendars: school years, their terms and the days off of a term, set for a school or for a region's
 * schools. Each write checks the actor's scope first, the calendar rules next, and is audited last.
 */
@Service
public class SchoolCalendars {

    private final CalendarRepository repository;
    private final CalendarPolicy policy;
    private final EffectiveCalendars effective;
    private final Regions regions;
    private final AuditLog audit;

    SchoolCalendars(CalendarRepository repository, CalendarPolicy policy, EffectiveCalendars effective,
                    Regions regions, AuditLog audit) {
        this.repository = repository;
        this.policy = policy;
        this.effective = effective;
        this.regions = regions;
        this.audit = audit;
    }

    /** The owner's calendar; for a school, also the region's calendar it follows while it has none of its own. */
    public CalendarView calendar(Actor actor, CalendarOwner owner) {
        CalendarPolicy.Place place = policy.requireSees(actor, owner);
        List<SchoolYear> years = repository.calendar(owner);
        String inheritedFrom = null;
        List<SchoolYear> inherited = List.of();
        if (owner.isSchool()) {
            EffectiveCalendars.Effective above = effective.inherited(owner.schoolId());
            if (above.owner() != null) {
                inheritedFrom = regions.get(above.owner().regionCode()).name();
                inherited = above.years();
            }
        }
        return new CalendarView(owner, place.name(), years, policy.mayManage(actor, owner), inheritedFrom, inherited);
    }

    /** What a date is at a school the actor may see. */
    public TeachingWeek week(Actor actor, long schoolId, LocalDate date) {
        policy.requireSees(actor, CalendarOwner.school(schoolId));
        return CalendarRules.weekOf(effective.of(schoolId).years(), date);
    }

    @Transactional
    public long addYear(Actor actor, CalendarOwner owner, String name, LocalDate first, LocalDate last) {
        CalendarPolicy.Place place = policy.requireManages(actor, owner);
        String clean = CalendarRules.checkSpan(name, first, last);
        CalendarRules.checkYear(first, last, repository.calendar(owner));
        long id = repository.insertYear(owner, clean, first, last);
        audit.record(actor.audited("CALENDAR_YEAR_ADDED", "calendar_year", id, place.regionPath(), place.schoolId(),
                place.name(), clean, first, last));
        return id;
    }

    @Transactional
    public long addTerm(Actor actor, long yearId, String name, LocalDate first, LocalDate last) {
        CalendarRepository.Place at = yearPlace(yearId);
        CalendarPolicy.Place place = policy.requireManages(actor, at.owner());
        String clean = CalendarRules.checkSpan(name, first, last);
        List<SchoolYear> calendar = repository.calendar(at.owner());
        SchoolYear year = calendar.stream().filter(y -> y.id() == yearId).findFirst().orElseThrow();
        CalendarRules.checkTerm(year, first, last, calendar);
        long id = repository.insertTerm(yearId, clean, first, last);
        audit.record(actor.audited("CALENDAR_TERM_ADDED", "calendar_term", id, place.regionPath(), place.schoolId(),
                place.name(), clean, first, last));
        return id;
    }

    /** A holiday (follows null) or a make-up working day following the timetable of a weekday (Monday to Friday). */
    @Transactional
    public long addDayOff(Actor actor, long termId, String name, LocalDate first, LocalDate last, DayOff.Kind kind,
                          DayOfWeek follows) {
        CalendarRepository.Place at = repository.termPlace(termId)
                .orElseThrow(() -> DomainException.notFound("classroom.calendar.term.unknown"));
        CalendarPolicy.Place place = policy.requireManages(actor, at.owner());
        String clean = CalendarRules.checkSpan(name, first, last);
        Term term = repository.calendar(at.owner()).stream().flatMap(y -> y.terms().stream())
                .filter(t -> t.id() == termId).findFirst().orElseThrow();
        CalendarRules.checkDayOff(term, first, last, kind, follows);
        long id = repository.insertDayOff(termId, clean, first, last, kind, follows);
        audit.record(actor.audited("CALENDAR_DAY_OFF_ADDED", "calendar_day_off", id, place.regionPath(),
                place.schoolId(), place.name(), clean, first, last, follows == null ? "" : follows.getValue()));
        return id;
    }

    /** Removes a school year with its terms, unless a timetable was set in one of them. */
    @Transactional
    public void removeYear(Actor actor, long yearId) {
        CalendarPolicy.Place place = policy.requireManages(actor, yearPlace(yearId).owner());
        if (repository.yearInUse(yearId)) {
            throw DomainException.conflict("classroom.calendar.inUse");
        }
        repository.deleteYear(yearId);
        audit.record(actor.audited("CALENDAR_YEAR_REMOVED", "calendar_year", yearId, place.regionPath(),
                place.schoolId(), place.name()));
    }

    /** Removes a term with its days off, unless a timetable was set in it. */
    @Transactional
    public void removeTerm(Actor actor, long termId) {
        CalendarRepository.Place at = repository.termPlace(termId)
                .orElseThrow(() -> DomainException.notFound("classroom.calendar.term.unknown"));
        CalendarPolicy.Place place = policy.requireManages(actor, at.owner());
        if (repository.termInUse(termId)) {
            throw DomainException.conflict("classroom.calendar.inUse");
        }
        repository.deleteTerm(termId);
        audit.record(actor.audited("CALENDAR_TERM_REMOVED", "calendar_term", termId, place.regionPath(),
                place.schoolId(), place.name()));
    }

    @Transactional
    public void removeDayOff(Actor actor, long dayOffId) {
        CalendarRepository.Place at = repository.dayOffPlace(dayOffId)
                .orElseThrow(() -> DomainException.notFound("classroom.calendar.dayOff.unknown"));
        CalendarPolicy.Place place = policy.requireManages(actor, at.owner());
        repository.deleteDayOff(dayOffId);
        audit.record(actor.audited("CALENDAR_DAY_OFF_REMOVED", "calendar_day_off", dayOffId, place.regionPath(),
                place.schoolId(), place.name()));
    }

    /** The owner of a year or of a term, for a page to return to: only for those who see that calendar. */
    public CalendarOwner ownerOfYear(Actor actor, long yearId) {
        CalendarOwner owner = yearPlace(yearId).owner();
        policy.requireSees(actor, owner);
        return owner;
    }

    public CalendarOwner ownerOfTerm(Actor actor, long termId) {
        CalendarOwner owner = repository.termPlace(termId).map(CalendarRepository.Place::owner)
                .orElseThrow(() -> DomainException.notFound("classroom.calendar.term.unknown"));
        policy.requireSees(actor, owner);
        return owner;
    }

    public CalendarOwner ownerOfDayOff(Actor actor, long dayOffId) {
        CalendarOwner owner = repository.dayOffPlace(dayOffId).map(CalendarRepository.Place::owner)
                .orElseThrow(() -> DomainException.notFound("classroom.calendar.dayOff.unknown"));
        policy.requireSees(actor, owner);
        return owner;
    }

    private CalendarRepository.Place yearPlace(long yearId) {
        return repository.yearPlace(yearId)
                .orElseThrow(() -> DomainException.notFound("classroom.calendar.year.unknown"));
    }
}
