package org.renrentong.classroom.closure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.renrentong.audit.AuditLog;
import org.renrentong.classroom.ClosureEvents;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.org.Schools;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switching schools and regions into a closure and ending it early. Each switch checks the actor's scope first,
 * refuses a closure overlapping another of the same place, tells each school's people and is audited last.
 */
@Service
public class Closures {

    /** The longest closure one switch sets: a term; longer ones are switched again. */
    static final int MAX_DAYS = 120;
    static final int MAX_REASON = 500;
    /** Schools offered by name in the switch form; the API takes any school id in scope. */
    static final int MAX_SCHOOL_CHOICES = 500;

    /** A place the switch form offers: "region:130102" or "school:17", with its name. */
    public record PlaceChoice(String value, String name, boolean region) {
    }

    private final ClosureRepository repository;
    private final ClosurePolicy policy;
    private final Schools schools;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    Closures(ClosureRepository repository, ClosurePolicy policy, Schools schools, Regions regions,
             ApplicationEventPublisher events, AuditLog audit) {
        this.repository = repository;
        this.policy = policy;
        this.schools = schools;
        this.regions = regions;
        this.events = events;
        this.audit = audit;
    }

    /** Switches a region (by code) or a school (by id) into a closure from the first to the last day. */
    @Transactional
    public Closure switchOn(Actor actor, String regionCode, Long schoolId, LocalDate firstDay, LocalDate lastDay,
                            String reason) {
        ClosurePolicy.Place place = policy.requireManages(actor, policy.place(regionCode, schoolId));
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw DomainException.invalid("closure.reason.required", MAX_REASON);
        }
        if (firstDay == null || lastDay == null) {
            throw DomainException.invalid("closure.days.required");
        }
        if (lastDay.isBefore(firstDay) || firstDay.plusDays(MAX_DAYS).isBefore(lastDay)) {
            throw DomainException.invalid("closure.days.order", MAX_DAYS);
        }
        if (lastDay.isBefore(TeachingWeeks.today())) {
            throw DomainException.invalid("closure.days.past");
        }
        repository.lockPlace(place);
        repository.overlapping(place, firstDay, lastDay).ifPresent(other -> {
            throw DomainException.conflict("closure.overlap", other.placeName(), other.firstDay(),
                    other.lastDayInEffect());
        });
        long id = repository.insert(place, firstDay, lastDay, why, actor.personId());
        Closure closure = repository.find(id).orElseThrow();
        for (long school : repository.schoolsOf(closure)) {
            events.publishEvent(new ClosureEvents.Started(id, school, place.name(), firstDay, lastDay, why,
                    repository.peopleOf(school)));
        }
        audit.record(actor.audited("CLOSURE_STARTED", "closure", id, place.path(), place.schoolId(), place.name(),
                firstDay, lastDay, why));
        return closure;
    }

    /** Ends a closure early: today is its last day (a closure not yet begun is called off). */
    @Transactional
    public Closure end(Actor actor, long id) {
        Closure closure = policy.requireManages(actor, get(id));
        LocalDate today = TeachingWeeks.today();
        if (!closure.endable(today)) {
            throw DomainException.conflict("closure.end.over");
        }
        repository.end(id, today);
        Closure ended = repository.find(id).orElseThrow();
        for (long school : repository.schoolsOf(ended)) {
            events.publishEvent(new ClosureEvents.Ended(id, school, ended.placeName(), today,
                    repository.peopleOf(school)));
        }
        audit.record(actor.audited("CLOSURE_ENDED", "closure", id, closure.placePath(), closure.schoolId(),
                closure.placeName(), today));
        return ended;
    }

    /** The closures an administrator sees, newest first: those within their region, or covering their school. */
    public List<Closure> list(Actor actor, long beforeId, int limit) {
        policy.requireAdministrator(actor);
        if (actor.is(Role.SCHOOL_ADMIN)) {
            return repository.covering(actor.schoolId(), schools.get(actor.schoolId()).regionPath(), beforeId, limit);
        }
        return repository.within(actor.regionPath(), beforeId, limit);
    }

    /** The places the actor may switch: their region and the regions below it, and their schools. */
    public List<PlaceChoice> places(Actor actor) {
        policy.requireAdministrator(actor);
        List<PlaceChoice> places = new ArrayList<>();
        if (!actor.is(Role.SCHOOL_ADMIN)) {
            Region home = regions.home(actor);
            places.add(new PlaceChoice("region:" + home.code(), home.name(), true));
            regions.children(home.code()).stream().filter(r -> !r.retired())
                    .forEach(r -> places.add(new PlaceChoice("region:" + r.code(), r.name(), true)));
        }
        for (School s : schools.list(actor, "", 0, MAX_SCHOOL_CHOICES).items()) {
            places.add(new PlaceChoice("school:" + s.id(), s.name(), false));
        }
        return places;
    }

    /** One closure, for those who may see its figures. */
    public Closure visible(Actor actor, long id) {
        return policy.requireSees(actor, get(id));
    }

    /** Whether the actor may end it early (and so whether the page offers to). */
    public boolean mayEnd(Actor actor, Closure closure) {
        return policy.mayManage(actor, closure) && closure.endable(TeachingWeeks.today());
    }

    private Closure get(long id) {
        return repository.find(id).orElseThrow(() -> DomainException.notFound("closure.unknown"));
    }
}
