package org.renrentong.classroom.week;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.classroom.homework.HomeworkItem;
import org.renrentong.classroom.homework.HomeworkViews;
import org.renrentong.classroom.homework.SubmissionStatus;
import org.renrentong.classroom.quiz.QuizLine;
import org.renrentong.classroom.quiz.Quizzes;
import org.renrentong.classroom.timetable.Lesson;
import org.renrentong.classroom.timetable.TimetableView;
import org.renrentong.classroom.timetable.Timetables;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.renrentong.space.ChildCard;
import org.renrentong.space.ClassCard;
import org.renrentong.space.MyClasses;
import org.renrentong.space.NoticeDigests;
import org.renrentong.space.NoticeLine;
import org.springframework.stereotype.Service;

/**
 * Gathers a student's week from the areas that own its parts, each asked as the reader so that each checks its own
 * scope: a guardian reads only their own children's weeks, a student only their own. Nothing here writes.
 */
@Service
public class Weeks {

    /** How many grades and quiz scores a week shows: the latest. */
    static final int RECENT = 5;
    /** How far back the notices of a week reach. */
    static final Duration NOTICES = Duration.ofDays(7);

    private final MyClasses myClasses;
    private final HomeworkViews homework;
    private final Quizzes quizzes;
    private final Timetables timetables;
    private final TeachingWeeks teachingWeeks;
    private final NoticeDigests notices;

    Weeks(MyClasses myClasses, HomeworkViews homework, Quizzes quizzes, Timetables timetables,
          TeachingWeeks teachingWeeks, NoticeDigests notices) {
        this.myClasses = myClasses;
        this.homework = homework;
        this.quizzes = quizzes;
        this.timetables = timetables;
        this.teachingWeeks = teachingWeeks;
        this.notices = notices;
    }

    /** A guardian's children with their classes and class spaces. */
    public List<ChildCard> children(Actor actor) {
        return myClasses.children(actor);
    }

    /** The week of each of a guardian's children. */
    public List<StudentWeek> ofChildren(Actor actor) {
        List<ChildCard> children = myClasses.children(actor);
        var homeworkByChild = homework.children(actor);
        return children.stream().map(c -> week(actor, c, TeachingWeeks.today(), homeworkByChild.stream()
                .filter(h -> h.childId() == c.childId()).flatMap(h -> h.items().stream()).toList(),
                c.classId() == null ? List.of() : quizzes.ofChild(actor, c.childId(), c.classId()))).toList();
    }

    /**
     * The week of one of a guardian's children, with the lessons of a day of it (today when null); refused for
     * anyone else's child.
     */
    public StudentWeek ofChild(Actor actor, long childId, LocalDate day) {
        if (!actor.is(Role.GUARDIAN) || !actor.isGuardianOf(childId)) {
            throw DomainException.forbidden();
        }
        ChildCard child = myClasses.children(actor).stream().filter(c -> c.childId() == childId).findFirst()
                .orElseThrow(DomainException::forbidden);
        List<HomeworkItem> items = homework.children(actor).stream().filter(h -> h.childId() == childId)
                .flatMap(h -> h.items().stream()).toList();
        return week(actor, child, day == null ? TeachingWeeks.today() : day, items,
                child.classId() == null ? List.of() : quizzes.ofChild(actor, childId, child.classId()));
    }

    /** A student's own week. */
    public StudentWeek mine(Actor actor) {
        if (!actor.is(Role.STUDENT)) {
            throw DomainException.forbidden();
        }
        Optional<ClassCard> place = myClasses.classes(actor).stream().findFirst();
        ChildCard self = new ChildCard(actor.personId(), actor.name(), null,
                place.map(ClassCard::name).orElse(null), place.map(ClassCard::schoolName).orElse(null),
                place.map(ClassCard::spaceId).orElse(null), place.map(ClassCard::classId).orElse(null));
        return week(actor, self, TeachingWeeks.today(), homework.mine(actor), quizzes.mine(actor));
    }

    private StudentWeek week(Actor reader, ChildCard student, LocalDate today, List<HomeworkItem> items,
                             List<QuizLine> quizLines) {
        Instant now = Instant.now();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant weekStarts = monday.atStartOfDay(TeachingWeeks.ZONE).toInstant();
        Instant weekEnds = monday.plusWeeks(1).atStartOfDay(TeachingWeeks.ZONE).toInstant();
        List<HomeworkItem> due = items.stream()
                .filter(h -> !h.dueAt().isBefore(weekStarts) && h.dueAt().isBefore(weekEnds))
                .sorted(Comparator.comparing(HomeworkItem::dueAt)).toList();
        List<HomeworkItem> grades = items.stream()
                .filter(h -> h.status() == SubmissionStatus.GRADED || h.status() == SubmissionStatus.RETURNED)
                .limit(RECENT).toList();
        List<QuizLine> open = quizLines.stream()
                .filter(q -> q.handedInAt() == null && !q.opensAt().isAfter(now) && q.closesAt().isAfter(now))
                .toList();
        List<QuizLine> scores = quizLines.stream().filter(q -> q.handedInAt() != null && q.marked())
                .sorted(Comparator.comparing(QuizLine::handedInAt).reversed()).limit(RECENT).toList();
        if (student.classId() == null) {
            return new StudentWeek(student, "", monday, List.of(), null, due, grades, open, scores, List.of(), now);
        }
        TimetableView timetable = timetables.ofClass(reader, student.classId(), null);
        Integer day = teachingWeeks.timetableDay(timetable.schoolId(), today);
        List<Lesson> todays = day == null ? List.of() : timetable.lessons().stream()
                .filter(l -> l.day() == day).sorted(Comparator.comparingInt(Lesson::period)).toList();
        List<NoticeLine> recent = notices.ofClass(reader, student.classId(), now.minus(NOTICES));
        return new StudentWeek(student, teachingWeeks.label(timetable.schoolId(), today), monday, todays, timetable,
                due, grades, open, scores, recent, now);
    }
}
