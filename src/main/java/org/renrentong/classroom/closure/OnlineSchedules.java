package org.renrentong.classroom.closure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.renrentong.audit.AuditLog;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.classroom.timetable.BellSchedule;
import org.renrentong.classroom.timetable.Lesson;
import org.renrentong.classroom.timetable.TimetableView;
import org.renrentong.classroom.timetable.Timetables;
import org.renrentong.identity.Actor;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.renrentong.resource.Resources;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The online schedule of a class during a closure: its timetable's periods of the day, each with the live link and
 * library resources its teachers set, and the record of the lessons its students open.
 */
@Service
public class OnlineSchedules {

    static final int MAX_URL = 500;
    static final int MAX_RESOURCES = 10;

    private final ClosurePolicy policy;
    private final ClosureRepository closures;
    private final OnlineScheduleRepository repository;
    private final Timetables timetables;
    private final TeachingWeeks teachingWeeks;
    private final LessonNodes lessonNodes;
    private final Schools schools;
    private final Resources resources;
    private final AuditLog audit;

    OnlineSchedules(ClosurePolicy policy, ClosureRepository closures, OnlineScheduleRepository repository,
                    Timetables timetables, TeachingWeeks teachingWeeks, LessonNodes lessonNodes, Schools schools,
                    Resources resources, AuditLog audit) {
        this.policy = policy;
        this.closures = closures;
        this.repository = repository;
        this.timetables = timetables;
        this.teachingWeeks = teachingWeeks;
        this.lessonNodes = lessonNodes;
        this.schools = schools;
        this.resources = resources;
        this.audit = audit;
    }

    /** The class's periods on a day, for its members and the administrators over its school. */
    public OnlineSchedule day(Actor actor, long classId, LocalDate date) {
        SchoolClass c = policy.requireReads(actor, classId);
        Closure closure = closureOn(c, date);
        List<OnlineSchedule.OnlinePeriod> periods = closure == null ? List.of() : periods(actor, c, date);
        return new OnlineSchedule(c.id(), c.fullName(), date, closure, periods,
                policy.mayTeach(actor, c), policy.mayStudy(actor, c));
    }

    /** The teacher's own library resources, to attach to a period. */
    public List<OnlineSchedule.LessonResource> resourceChoices(Actor actor, long classId) {
        policy.requireTeaches(actor, classId);
        return resources.mine(actor).stream().filter(r -> resources.mayRead(actor, r.id()))
                .map(r -> new OnlineSchedule.LessonResource(r.id(), r.title())).toList();
    }

    /** One period, to open: its live link and the resources the reader may open. */
    public OnlineSchedule.OnlinePeriod lesson(Actor actor, long classId, LocalDate date, int period) {
        SchoolClass c = policy.requireReads(actor, classId);
        requireClosure(c, date);
        return periods(actor, c, date).stream().filter(p -> p.period() == period).findFirst()
                .orElseThrow(() -> DomainException.invalid("closure.period.unknown"));
    }

    /**
     * A teacher of the class sets a period's live link (an https URL, or none), library resources and the node of
     * the textbook tree it teaches (or none; of the period's subject when the timetable gives it one).
     */
    @Transactional
    public void setLesson(Actor actor, long classId, LocalDate date, int period, String liveUrl,
                          List<Long> resourceIds, Long textbookNodeId) {
        SchoolClass c = policy.requireTeaches(actor, classId);
        requireClosure(c, date);
        requirePeriod(actor, c, period);
        Lesson planned = lessonOn(actor, c, date, period);
        Long node = lessonNodes.checked(textbookNodeId, planned == null ? null : planned.subjectCode(),
                planned == null ? null : planned.subjectName());
        String url = checkedUrl(liveUrl);
        List<Long> attached = new ArrayList<>(new LinkedHashSet<>(resourceIds == null ? List.of() : resourceIds));
        if (attached.size() > MAX_RESOURCES) {
            throw DomainException.invalid("closure.lesson.resources.tooMany", MAX_RESOURCES);
        }
        for (long id : attached) {
            if (resources.current(id).isEmpty() || !resources.mayRead(actor, id)) {
                throw DomainException.invalid("closure.lesson.resource.unknown", id);
            }
        }
        repository.saveLesson(c.id(), date, period, url, attached, node, actor.personId());
        audit.record(actor.audited("CLOSURE_LESSON_SET", "class", c.id(), c.regionPath(), c.schoolId(),
                c.fullName(), date, period, node == null ? "" : node));
    }

    /** A student of the class opens a period's lesson: counted once for the day's "opened their lessons" figure. */
    @Transactional
    public OnlineSchedule.OnlinePeriod open(Actor actor, long classId, LocalDate date, int period) {
        SchoolClass c = policy.requireStudentOf(actor, classId);
        requireClosure(c, date);
        requirePeriod(actor, c, period);
        repository.opened(actor.personId(), date, period, c.id(), c.schoolId());
        audit.record(actor.audited("CLOSURE_LESSON_OPENED", "class", c.id(), c.regionPath(), c.schoolId(),
                c.fullName(), date, period));
        return lesson(actor, classId, date, period);
    }

    private Closure closureOn(SchoolClass c, LocalDate date) {
        return closures.coveringOn(c.schoolId(), schools.get(c.schoolId()).regionPath(), date).orElse(null);
    }

    private void requireClosure(SchoolClass c, LocalDate date) {
        if (date == null) {
            throw DomainException.invalid("closure.date.required");
        }
        if (closureOn(c, date) == null) {
            throw DomainException.conflict("closure.schedule.none", date);
        }
    }

    private void requirePeriod(Actor actor, SchoolClass c, int period) {
        if (!timetables.ofClass(actor, c.id(), null).schedule().hasPeriod(period)) {
            throw DomainException.invalid("closure.period.unknown");
        }
    }

    private static String checkedUrl(String liveUrl) {
        String url = liveUrl == null ? "" : liveUrl.trim();
        if (url.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (url.length() > MAX_URL || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw DomainException.invalid("closure.lesson.url.invalid", MAX_URL);
            }
        } catch (URISyntaxException e) {
            throw DomainException.invalid("closure.lesson.url.invalid", MAX_URL);
        }
        return url;
    }

    /** The timetable's lesson of a period on a date, on the timetable day the school teaches then; null if none. */
    private Lesson lessonOn(Actor actor, SchoolClass c, LocalDate date, int period) {
        Integer day = teachingWeeks.timetableDay(c.schoolId(), date);
        return day == null ? null : timetables.ofClass(actor, c.id(), null).at(day, period);
    }

    private List<OnlineSchedule.OnlinePeriod> periods(Actor actor, SchoolClass c, LocalDate date) {
        TimetableView week = timetables.ofClass(actor, c.id(), null);
        Integer day = teachingWeeks.timetableDay(c.schoolId(), date);
        Map<Integer, OnlineScheduleRepository.Link> links = repository.links(c.id(), date).stream()
                .collect(Collectors.toMap(OnlineScheduleRepository.Link::period, l -> l));
        Map<Integer, List<OnlineSchedule.LessonResource>> attached = repository.resources(c.id(), date).stream()
                .filter(a -> resources.current(a.resourceId()).isPresent() && resources.mayRead(actor, a.resourceId()))
                .collect(Collectors.groupingBy(OnlineScheduleRepository.Attached::period, Collectors.mapping(
                        a -> new OnlineSchedule.LessonResource(a.resourceId(),
                                resources.current(a.resourceId()).orElseThrow().title()), Collectors.toList())));
        List<OnlineSchedule.OnlinePeriod> periods = new ArrayList<>();
        for (BellSchedule.Period p : week.schedule().periods()) {
            Lesson lesson = day == null ? null : week.at(day, p.number());
            OnlineScheduleRepository.Link link = links.get(p.number());
            periods.add(new OnlineSchedule.OnlinePeriod(p.number(), p.startsAt(), p.endsAt(),
                    lesson == null ? null : lesson.subjectCode(), lesson == null ? null : lesson.subjectName(), lesson == null ? null : lesson.teacherName(),
                    link == null ? null : link.liveUrl(), attached.getOrDefault(p.number(), List.of()),
                    link == null ? null : lessonNodes.shown(link.textbookNodeId()).orElse(null)));
        }
        return periods;
    }
}
