package org.renrentong.testing;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.classroom.homework.Homework;
import org.renrentong.classroom.homework.HomeworkFile;
import org.renrentong.classroom.homework.Homeworks;
import org.renrentong.classroom.homework.Submissions;
import org.renrentong.identity.Actor;
import org.renrentong.storage.SampleFiles;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Entry point of the homework builder, and the things a homework test does around it. */
@Component
public class HomeworkFixtures {

    final Homeworks homeworks;
    private final Submissions submissions;
    private final Deliveries deliveries;
    private final JdbcClient jdbc;

    HomeworkFixtures(Homeworks homeworks, Submissions submissions, Deliveries deliveries, JdbcClient jdbc) {
        this.homeworks = homeworks;
        this.submissions = submissions;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
    }

    public HomeworkBuilder aHomework(Actor teacher) {
        return new HomeworkBuilder(this, teacher);
    }

    /** The student hands in a photo; the version number. */
    public int submitPhoto(Actor student, Homework homework) {
        return delivered(submissions.submit(student, homework.id(), "见照片", List.of(photo())));
    }

    /** The id of the student's submission. */
    public long submissionOf(Homework homework, long studentId) {
        return jdbc.sql("SELECT id FROM homework_submission WHERE homework_id = ? AND student_id = ?")
                .params(homework.id(), studentId).query(Long.class).single();
    }

    /** Moves the due time an hour into the past, as if time had passed. */
    public void overdue(Homework homework) {
        jdbc.sql("UPDATE homework SET due_at = now() - interval '1 hour' WHERE id = ?").param(homework.id()).update();
    }

    /** Moves the due time to Thursday noon of the current week (Asia/Shanghai), whatever day today is. */
    public void dueThisWeek(Homework homework) {
        Instant thursday = TeachingWeeks.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(3)
                .atTime(12, 0).atZone(TeachingWeeks.ZONE).toInstant();
        jdbc.sql("UPDATE homework SET due_at = ? WHERE id = ?").params(Timestamp.from(thursday), homework.id())
                .update();
    }

    public static HomeworkFile photo() {
        byte[] png = SampleFiles.png(40, 30);
        return new HomeworkFile("作业.png", png.length, new ByteArrayResource(png));
    }

    <T> T delivered(T built) {
        deliveries.awaitAll();
        return built;
    }
}
