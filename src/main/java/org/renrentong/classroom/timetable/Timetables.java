package org.renrentong.classroom.timetable;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.renrentong.audit.AuditLog;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.classroom.calendar.Term;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.CodeName;
import org.renrentong.taxonomy.TextbookTree;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class timetables per term: days × periods → subject and teacher, and the bell schedule of a school. Each write
 * checks the actor's scope first, then the lesson's rules, and is audited last.
 */
@Service
public class Timetables {

    private final TimetableRepository repository;
    private final TimetablePolicy policy;
    private final TeachingWeeks weeks;
    private final TextbookTree tree;
    private final Schools schools;
    private final AuditLog audit;

    Timetables(TimetableRepository repository, TimetablePolicy policy, TeachingWeeks weeks, TextbookTree tree,
               Schools schools, AuditLog audit) {
        this.repository = repository;
        this.policy = policy;
        this.weeks = weeks;
        this.tree = tree;
        this.schools = schools;
        this.audit = audit;
    }

    /** A class's week in a term (the current one when none is given), for its members and managers. */
    public TimetableView ofClass(Actor actor, long classId, Long termId) {
        SchoolClass c = policy.requireReads(actor, classId);
        Term term = term(c.schoolId(), termId);
        List<Lesson> lessons = term == null ? List.of() : named(repository.lessonsOfClass(classId, term.id()));
        return new TimetableView(c.fullName(), c.schoolId(), term, weeks.terms(c.schoolId()), schedule(c.schoolId()),
                lessons, policy.mayEdit(actor, c));
    }

    /** The class's week for the card on its space: nothing for a reader who is no member of the class. */
    public Optional<TimetableView> card(Actor actor, long classId) {
        SchoolClass c = schools.schoolClass(classId);
        return actor.canSeeClass(c.id(), c.schoolId(), c.regionPath()) ? Optional.of(ofClass(actor, classId, null))
                : Optional.empty();
    }

    /** A teacher's own week across the classes they teach. */
    public TimetableView mine(Actor actor, Long termId) {
        long schoolId = policy.requireTeacher(actor);
        Term term = term(schoolId, termId);
        List<Lesson> lessons = term == null ? List.of() : named(repository.lessonsOfTeacher(actor.personId(), term.id()));
        return new TimetableView(actor.name(), schoolId, term, weeks.terms(schoolId), schedule(schoolId), lessons,
                false);
    }

    /** The subjects and teachers an editor of the class's timetable chooses from. */
    public LessonChoices choices(Actor actor, long classId) {
        SchoolClass c = policy.requireEdits(actor, classId);
        return new LessonChoices(tree.currentSubjects(), repository.teachersOf(c.schoolId()));
    }

    /** A school's classes and bell schedule, for its administrators. */
    public SchoolTimetables school(Actor actor, long schoolId, Long termId) {
        School school = policy.requireManages(actor, schoolId);
        return new SchoolTimetables(school, schools.classes(actor, schoolId), schedule(schoolId),
                term(schoolId, termId), weeks.terms(schoolId));
    }

    /** Sets one cell: the subject, and the teacher if known (a teacher of the school, free in that period). */
    @Transactional
    public void setLesson(Actor actor, long classId, long termId, int day, int period, String subjectCode,
                          Long teacherId) {
        SchoolClass c = policy.requireEdits(actor, classId);
        Term term = requireTerm(c.schoolId(), termId);
        requireSlot(c.schoolId(), day, period);
        String subject = subjectCode == null ? "" : subjectCode.trim();
        if (tree.currentSubjects().stream().noneMatch(s -> s.code().equals(subject))) {
            throw DomainException.invalid("classroom.timetable.subject.unknown", subject);
        }
        if (teacherId != null) {
            if (!repository.isTeacherAt(teacherId, c.schoolId())) {
                throw DomainException.invalid("classroom.timetable.teacher.notOfSchool");
            }
            repository.busyIn(teacherId, term.id(), day, period, Set.of(classId)).ifPresent(other -> {
                throw DomainException.conflict("classroom.timetable.teacher.busy", other);
            });
        }
        repository.saveLesson(classId, term.id(), day, period, subject, teacherId);
        audit.record(actor.audited("TIMETABLE_LESSON_SET", "class", classId, c.regionPath(), c.schoolId(),
                c.fullName(), term.name(), day, period, subjectNames().getOrDefault(subject, subject)));
    }

    /** Empties one cell. */
    @Transactional
    public void clearLesson(Actor actor, long classId, long termId, int day, int period) {
        SchoolClass c = policy.requireEdits(actor, classId);
        Term term = requireTerm(c.schoolId(), termId);
        requireSlot(c.schoolId(), day, period);
        repository.deleteLesson(classId, term.id(), day, period);
        audit.record(actor.audited("TIMETABLE_LESSON_CLEARED", "class", classId, c.regionPath(), c.schoolId(),
                c.fullName(), term.name(), day, period));
    }

    /** Sets the school's days per week and periods; no lesson may be left beyond them. */
    @Transactional
    public BellSchedule setSchedule(Actor actor, long schoolId, int daysPerWeek, List<BellSchedule.Period> periods) {
        School school = policy.requireManages(actor, schoolId);
        BellSchedule schedule = BellSchedule.checked(daysPerWeek, periods);
        if (repository.lessonsBeyond(schoolId, schedule.daysPerWeek(), schedule.periods().size())) {
            throw DomainException.conflict("classroom.timetable.schedule.lessonsBeyond");
        }
        repository.saveSchedule(schoolId, schedule);
        audit.record(actor.audited("TIMETABLE_SCHEDULE_SET", "school", schoolId, school.regionPath(), schoolId,
                school.name(), schedule.daysPerWeek(), schedule.periods().size()));
        return schedule;
    }

    /**
     * Imports lessons of a term from an .xlsx file (see {@link TimetableSheet}): each class named in the file gets
     * the file's lessons as its timetable. All or nothing: with any problem nothing is written and the report lists
     * every one.
     */
    @Transactional
    public TimetableImportReport importLessons(Actor actor, long schoolId, long termId, InputStream file) {
        School school = policy.requireManages(actor, schoolId);
        Term term = requireTerm(schoolId, termId);
        TimetableImport check = new TimetableImport(schedule(schoolId), repository.classesOf(schoolId),
                repository.teachersOf(schoolId), tree.currentSubjects())
                .check(TimetableSheet.read(file), (teacher, day, period, replaced) ->
                        repository.busyIn(teacher, term.id(), day, period, replaced));
        if (!check.problems().isEmpty()) {
            return new TimetableImportReport(0, 0, check.problems());
        }
        repository.deleteLessons(check.classes(), term.id());
        check.planned().forEach(l -> repository.saveLesson(l.classId(), term.id(), l.day(), l.period(),
                l.subjectCode(), l.teacherId()));
        audit.record(actor.audited("TIMETABLE_IMPORTED", "school", schoolId, school.regionPath(), schoolId,
                school.name(), term.name(), check.planned().size(), check.classes().size()));
        return new TimetableImportReport(check.planned().size(), check.classes().size(), List.of());
    }

    BellSchedule schedule(long schoolId) {
        return repository.schedule(schoolId).orElse(BellSchedule.DEFAULT);
    }

    /** The given term of the school's calendar, or the current one; null when the school has no terms. */
    Term term(long schoolId, Long termId) {
        return termId == null ? weeks.current(schoolId).orElse(null) : requireTerm(schoolId, termId);
    }

    Term requireTerm(long schoolId, long termId) {
        return weeks.term(schoolId, termId)
                .orElseThrow(() -> DomainException.invalid("classroom.timetable.term.unknown"));
    }

    private void requireSlot(long schoolId, int day, int period) {
        BellSchedule schedule = schedule(schoolId);
        if (!schedule.hasDay(day)) {
            throw DomainException.invalid("classroom.timetable.day.unknown", schedule.daysPerWeek());
        }
        if (!schedule.hasPeriod(period)) {
            throw DomainException.invalid("classroom.timetable.period.unknown", schedule.periods().size());
        }
    }

    private List<Lesson> named(List<TimetableRepository.Row> rows) {
        Map<String, String> names = subjectNames();
        return rows.stream().map(r -> new Lesson(r.classId(), r.className(), r.day(), r.period(), r.subjectCode(),
                names.getOrDefault(r.subjectCode(), r.subjectCode()), r.teacherId(), r.teacherName())).toList();
    }

    /** Subject names by code, retired codes included so that old lessons keep their names. */
    private Map<String, String> subjectNames() {
        return tree.subjects().stream().collect(Collectors.toMap(CodeName::code, CodeName::name, (a, b) -> a));
    }
}
