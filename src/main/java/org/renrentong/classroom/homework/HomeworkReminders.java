package org.renrentong.classroom.homework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.renrentong.classroom.HomeworkEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the students who have not handed in, some time before the due time (see {@link HomeworkSettings}). Safe
 * with several nodes: each due reminder is taken with {@code FOR UPDATE SKIP LOCKED}, published as a durable event
 * and marked sent in one transaction, so one node sends it, once; the notification's source key makes a second
 * delivery of the event harmless.
 */
@Component
class HomeworkReminders {

    private static final Logger log = LoggerFactory.getLogger(HomeworkReminders.class);

    private final JdbcClient jdbc;
    private final HomeworkRepository homework;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    HomeworkReminders(JdbcClient jdbc, HomeworkRepository homework, ApplicationEventPublisher events,
                      TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.homework = homework;
        this.events = events;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${renrentong.homework.reminder-check:1m}",
            initialDelayString = "${renrentong.homework.reminder-check:1m}")
    void remindDue() {
        try {
            while (Boolean.TRUE.equals(tx.execute(status -> remindNext()))) {
                // one reminder after the other until none is due
            }
        } catch (RuntimeException e) {
            log.warn("Homework reminders stopped", e);
        }
    }

    /** Sends the next due reminder; false when none is due. */
    boolean remindNext() {
        record Due(long homeworkId, int leadMinutes) {
        }
        Optional<Due> due = jdbc.sql("""
                SELECT homework_id, lead_minutes FROM homework_reminder
                WHERE sent_at IS NULL AND remind_at <= now()
                ORDER BY remind_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .query((rs, n) -> new Due(rs.getLong(1), rs.getInt(2))).optional();
        if (due.isEmpty()) {
            return false;
        }
        long id = due.get().homeworkId();
        HomeworkRepository.Row h = homework.find(id).orElseThrow();
        List<Long> waiting = jdbc.sql("SELECT a.person_id FROM (" + HomeworkRepository.ASSIGNED + """
                ) a WHERE a.homework_id = ? AND NOT EXISTS (SELECT 1 FROM homework_submission s
                      WHERE s.homework_id = a.homework_id AND s.student_id = a.person_id)""")
                .param(id).query(Long.class).list();
        // a reminder after the due time says nothing useful: it is only marked sent
        if (!waiting.isEmpty() && !h.withdrawn() && h.dueAt().isAfter(Instant.now())) {
            events.publishEvent(new HomeworkEvents.ReminderDue(id, h.title(), h.dueAt(), due.get().leadMinutes(),
                    waiting));
        }
        jdbc.sql("UPDATE homework_reminder SET sent_at = ? WHERE homework_id = ? AND lead_minutes = ?")
                .params(Timestamp.from(Instant.now()), id, due.get().leadMinutes()).update();
        return true;
    }
}
