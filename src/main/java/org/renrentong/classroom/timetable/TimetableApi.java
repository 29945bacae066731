package org.renrentong.classroom.timetable;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Timetables as JSON: a class's week, a teacher's own week, a school's, setting cells and the bell schedule, import. */
@RestController
@RequestMapping("/api/v1/timetable")
class TimetableApi {

    private final Timetables timetables;
    private final MessageSource messages;

    TimetableApi(Timetables timetables, MessageSource messages) {
        this.timetables = timetables;
        this.messages = messages;
    }

    /** One cell: the term, day (1 Monday .. 7 Sunday) and period, the subject code and the teacher (optional). */
    record LessonBody(long termId, int day, int period, String subject, Long teacherId) {
    }

    /** The days taught a week (5–7) and the periods of a day in order, numbered from 1 as listed. */
    record ScheduleBody(int daysPerWeek, List<Times> periods) {
    }

    /** When a period starts and ends ("08:00"). */
    record Times(LocalTime startsAt, LocalTime endsAt) {
    }

    /** A problem of an import, in the reader's language. */
    record Problem(int row, String column, String message) {
    }

    /** The outcome of an import: what was written, or every problem found and nothing written. */
    record ImportAnswer(boolean imported, int lessons, int classes, List<Problem> problems) {
    }

    @GetMapping("/classes/{id}")
    TimetableView ofClass(@PathVariable long id, @RequestParam(required = false) Long term, Actor me) {
        return timetables.ofClass(me, id, term);
    }

    @PutMapping("/classes/{id}/lessons")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setLesson(@PathVariable long id, @RequestBody LessonBody body, Actor me) {
        timetables.setLesson(me, id, body.termId(), body.day(), body.period(), body.subject(), body.teacherId());
    }

    @DeleteMapping("/classes/{id}/lessons")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearLesson(@PathVariable long id, @RequestParam long term, @RequestParam int day, @RequestParam int period,
                     Actor me) {
        timetables.clearLesson(me, id, term, day, period);
    }

    @GetMapping("/mine")
    TimetableView mine(@RequestParam(required = false) Long term, Actor me) {
        return timetables.mine(me, term);
    }

    @GetMapping("/schools/{id}")
    SchoolTimetables school(@PathVariable long id, @RequestParam(required = false) Long term, Actor me) {
        return timetables.school(me, id, term);
    }

    @PutMapping("/schools/{id}/schedule")
    BellSchedule schedule(@PathVariable long id, @RequestBody ScheduleBody body, Actor me) {
        List<BellSchedule.Period> periods = body.periods() == null ? List.of() : body.periods().stream()
                .map(t -> t == null ? null : new BellSchedule.Period(0, t.startsAt(), t.endsAt())).toList();
        return timetables.setSchedule(me, id, body.daysPerWeek(), periods);
    }

    /** Imports an .xlsx file (multipart "file") into a term: 200 when written, 400 with every problem when not. */
    @PostMapping("/schools/{id}/import")
    ResponseEntity<ImportAnswer> importFile(@PathVariable long id, @RequestParam long term,
                                            @RequestParam MultipartFile file, Actor me, Locale locale)
            throws IOException {
        if (file.isEmpty()) {
            throw DomainException.invalid("classroom.timetable.import.noFile");
        }
        TimetableImportReport report;
        try (InputStream in = file.getInputStream()) {
            report = timetables.importLessons(me, id, term, in);
        }
        List<Problem> problems = report.problems().stream().map(p -> new Problem(p.row(), p.column(),
                messages.getMessage(p.messageKey(), p.argArray(), locale))).toList();
        return ResponseEntity.status(report.imported() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .body(new ImportAnswer(report.imported(), report.lessons(), report.classes(), problems));
    }
}
