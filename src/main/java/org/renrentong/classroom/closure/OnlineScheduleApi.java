package org.renrentong.classroom.closure;

import java.time.LocalDate;
import java.util.List;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.identity.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A class's online schedule as JSON: read a day, set a period's links (teachers), open a lesson (students). */
@RestController
@RequestMapping("/api/v1/closures/classes/{classId}")
class OnlineScheduleApi {

    private final OnlineSchedules schedules;

    OnlineScheduleApi(OnlineSchedules schedules) {
        this.schedules = schedules;
    }

    /**
     * A period's live link (an https URL, or none), library resources and the node of the textbook tree it teaches
     * (or none), on a day of the closure.
     */
    record LessonLinks(LocalDate date, int period, String liveUrl, List<Long> resourceIds, Long textbookNodeId) {
    }

    /** The lesson a student opens. */
    record Opening(LocalDate date, int period) {
    }

    /** The class's periods on a day (today by default). */
    @GetMapping("/schedule")
    OnlineSchedule day(@PathVariable long classId,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                       Actor me) {
        return schedules.day(me, classId, date == null ? TeachingWeeks.today() : date);
    }

    @PutMapping("/lessons")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setLesson(@PathVariable long classId, @RequestBody LessonLinks links, Actor me) {
        schedules.setLesson(me, classId, links.date(), links.period(), links.liveUrl(), links.resourceIds(),
                links.textbookNodeId());
    }

    @PostMapping("/openings")
    OnlineSchedule.OnlinePeriod open(@PathVariable long classId, @RequestBody Opening opening, Actor me) {
        return schedules.open(me, classId, opening.date(), opening.period());
    }
}
