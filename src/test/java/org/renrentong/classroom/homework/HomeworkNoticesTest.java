package org.renrentong.classroom.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.classroom.HomeworkEvents;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.HomeworkFixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What students and guardians are told: homework assigned, reminders before the due time (once, to those who have
 * not handed in), grades and returns; and what a guardian reads of a child's homework.
 */
@IntegrationTest
class HomeworkNoticesTest {

    @Autowired Fixtures fixtures;
    @Autowired HomeworkFixtures homework;
    @Autowired HomeworkReminders reminders;
    @Autowired Grading grading;
    @Autowired HomeworkViews views;
    @Autowired Deliveries deliveries;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    @Test
    void studentsWhoHaveNotHandedInAreRemindedOnceBeforeTheDueTime() {
        SchoolClass c = fixtures.aClass().build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        Actor done = fixtures.actor(fixtures.aPerson().student().in(c).build());
        Actor waiting = fixtures.actor(fixtures.aPerson().student().in(c).build());
        Homework h = homework.aHomework(teacher).to(c).build();
        homework.submitPhoto(done, h);
        assertThat(jdbc.sql("SELECT lead_minutes FROM homework_reminder WHERE homework_id = ? ORDER BY lead_minutes")
                .param(h.id()).query(Integer.class).list()).containsExactly(60, 720);
        // twelve hours before the due time has come
        jdbc.sql("UPDATE homework_reminder SET remind_at = now() - interval '1 minute' WHERE homework_id = ? "
                + "AND lead_minutes = 720").param(h.id()).update();

        reminders.remindDue();
        reminders.remindDue();
        deliveries.awaitAll();

        assertThat(notifications(waiting, "HOMEWORK_REMINDER")).isEqualTo(1);
        assertThat(notifications(done, "HOMEWORK_REMINDER")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM homework_reminder WHERE homework_id = ? AND sent_at IS NULL")
                .param(h.id()).query(Long.class).single()).isEqualTo(1);

        // the same reminder delivered again (a retry after a crash) notifies nobody twice
        tx.executeWithoutResult(s -> events.publishEvent(new HomeworkEvents.ReminderDue(h.id(), h.title(),
                h.dueAt(), 720, List.of(waiting.personId()))));
        deliveries.awaitAll();
        assertThat(notifications(waiting, "HOMEWORK_REMINDER")).isEqualTo(1);
    }

    @Test
    void assignedHomeworkAndGradesReachTheStudentAndGradesTheGuardianWhoReadsThem() {
        SchoolClass c = fixtures.aClass().build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        Person child = fixtures.aPerson().student().in(c).named("李小明").build();
        Actor student = fixtures.actor(child);
        Actor guardian = fixtures.actor(fixtures.aPerson().guardianOf(child).build());
        Homework h = homework.aHomework(teacher).to(c).scored(100).build();
        assertThat(notifications(student, "HOMEWORK_ASSIGNED")).isEqualTo(1);

        homework.submitPhoto(student, h);
        grading.grade(teacher, homework.submissionOf(h, child.id()), 88, null, "步骤清楚");
        deliveries.awaitAll();

        assertThat(notifications(student, "HOMEWORK_GRADED")).isEqualTo(1);
        assertThat(notifications(guardian, "HOMEWORK_GRADED")).isEqualTo(1);
        ChildHomework seen = views.children(guardian).get(0);
        assertThat(seen.name()).isEqualTo("李小明");
        assertThat(seen.items()).singleElement().satisfies(i -> {
            assertThat(i.score()).isEqualTo(88);
            assertThat(i.comment()).isEqualTo("步骤清楚");
            assertThat(i.dueAt()).isEqualTo(h.dueAt());
        });
        assertThat(views.ofChild(guardian, h.id(), child.id()).orElseThrow().comment()).isEqualTo("步骤清楚");
    }

    private long notifications(Actor person, String kind) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE person_id = ? AND kind = ?")
                .params(person.personId(), kind).query(Long.class).single();
    }
}
