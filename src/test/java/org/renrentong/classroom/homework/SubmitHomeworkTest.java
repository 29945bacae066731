package org.renrentong.classroom.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.org.SchoolClass;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.SampleFiles;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.HomeworkFixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Handing in homework: who may, until when, what, and again until it is graded. */
@IntegrationTest
class SubmitHomeworkTest {

    @Autowired Fixtures fixtures;
    @Autowired HomeworkFixtures homework;
    @Autowired Submissions submissions;
    @Autowired Grading grading;
    @Autowired HomeworkViews views;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void aStudentHandsInAPhotoAndAgainUntilItIsGradedKeepingEveryVersion() {
        World w = new World();
        Homework h = homework.aHomework(w.teacher).to(w.c).build();

        assertThat(homework.submitPhoto(w.student, h)).isEqualTo(1);
        assertThat(submissions.submit(w.student, h.id(), "改正后的答案", List.of())).isEqualTo(2);

        SubmissionView work = views.own(w.student, h.id()).orElseThrow();
        assertThat(work.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(work.versions()).extracting(SubmissionView.Version::version).containsExactly(2, 1);
        assertThat(work.versions().get(1).files()).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FileKind.PHOTO));

        grading.grade(w.teacher, work.id(), null, Level.GOOD, "认真");
        assertThatThrownBy(() -> submissions.submit(w.student, h.id(), "再交一次", List.of()))
                .hasMessage("homework.submit.graded");
        assertThat(views.own(w.student, h.id()).orElseThrow().versions()).hasSize(2);
    }

    @Test
    void afterTheDueTimeWithoutLateWorkItIsRefusedAndWithLateWorkMarkedLate() {
        World w = new World();
        Homework closed = homework.aHomework(w.teacher).to(w.c).build();
        Homework lenient = homework.aHomework(w.teacher).to(w.c).lateAccepted().build();
        homework.overdue(closed);
        homework.overdue(lenient);

        assertThatThrownBy(() -> homework.submitPhoto(w.student, closed)).hasMessage("homework.submit.closed");
        assertThat(rows(closed)).isZero();

        homework.submitPhoto(w.student, lenient);
        assertThat(views.own(w.student, lenient.id()).orElseThrow().late()).isTrue();
    }

    @Test
    void aStudentTheHomeworkIsNotAssignedToIsRefused() {
        World w = new World();
        Person chosen = fixtures.aPerson().student().in(w.c).build();
        Homework h = homework.aHomework(w.teacher).to(w.c).onlyFor(chosen).build();
        Actor stranger = fixtures.actor(fixtures.aPerson().student().build());

        for (Actor refused : List.of(w.student, stranger, w.teacher)) {
            assertThatThrownBy(() -> homework.submitPhoto(refused, h))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                        assertThat(e.messageKey()).isEqualTo("homework.notAssigned");
                    });
        }
        assertThat(rows(h)).isZero();
    }

    @Test
    void filesOverTheLimitOrOfAKindThatCannotBeHandedInAreRefusedAndNothingIsWritten() {
        World w = new World();
        Homework h = homework.aHomework(w.teacher).to(w.c).build();
        byte[] big = new byte[(1 << 20) + 1];
        byte[] zip = SampleFiles.zip("a.txt", "答案");
        byte[] exe = SampleFiles.exe();
        long filesBefore = jdbc.sql("SELECT count(*) FROM stored_file WHERE owner_id = ?")
                .param(w.student.personId()).query(Long.class).single();

        assertThatThrownBy(() -> submit(w.student, h, "大.png", big))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                    assertThat(e.messageKey()).isEqualTo("homework.file.tooLarge");
                });
        assertThatThrownBy(() -> submit(w.student, h, "答案.zip", zip)).hasMessage("homework.file.type");
        assertThatThrownBy(() -> submit(w.student, h, "答案.pdf", exe)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> submissions.submit(w.student, h.id(), " ", List.of()))
                .hasMessage("homework.submit.empty");

        assertThat(rows(h)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM stored_file WHERE owner_id = ?").param(w.student.personId())
                .query(Long.class).single()).isEqualTo(filesBefore);
    }

    @Test
    void photosHandedInAreKeptAtOnceWithOneAuditRowEachAndADocumentUnderAWrongNameIsRenamed() {
        World w = new World();
        Homework h = homework.aHomework(w.teacher).to(w.c).build();

        submissions.submit(w.student, h.id(), "", List.of(file("1.png", SampleFiles.png(40, 30)),
                file("2.png", SampleFiles.png(30, 40)), file("作文", SampleFiles.pdf("作文", 2000))));

        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE actor_id = ? ORDER BY id")
                .param(w.student.personId()).query(String.class).list())
                .containsExactly("UPLOAD_COMPLETED", "UPLOAD_COMPLETED", "UPLOAD_COMPLETED", "HOMEWORK_SUBMITTED");
        assertThat(jdbc.sql("SELECT name || ' ' || state FROM stored_file WHERE owner_id = ? ORDER BY id")
                .param(w.student.personId()).query(String.class).list())
                .containsExactly("1.png KEPT", "2.png KEPT", "作文.pdf KEPT");
        assertThat(jdbc.sql("SELECT count(*) FROM upload WHERE owner_id = ?").param(w.student.personId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void twoFirstHandingsInAtOnceBecomeTwoVersions() throws Exception {
        World w = new World();
        Homework h = homework.aHomework(w.teacher).to(w.c).build();
        AtomicReference<CompletableFuture<Integer>> second = new AtomicReference<>();

        tx.executeWithoutResult(status -> {
            assertThat(submissions.submit(w.student, h.id(), "第一次", List.of())).isEqualTo(1);
            second.set(CompletableFuture.supplyAsync(() -> submissions.submit(w.student, h.id(), "第二次", List.of())));
            // the first commits only once the second waits for its row (or, failing, is done)
            long giveUpAt = System.nanoTime() + 60_000_000_000L;
            while (!second.get().isDone() && jdbc.sql("SELECT count(*) FROM pg_locks WHERE NOT granted")
                    .query(Long.class).single() == 0) {
                assertThat(System.nanoTime()).as("the second handing-in waits").isLessThan(giveUpAt);
                Thread.onSpinWait();
            }
        });

        assertThat(second.get().get(60, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(views.own(w.student, h.id()).orElseThrow().versions()).extracting(SubmissionView.Version::text)
                .containsExactly("第二次", "第一次");
    }

    private void submit(Actor student, Homework h, String name, byte[] bytes) {
        submissions.submit(student, h.id(), "", List.of(file(name, bytes)));
    }

    private static HomeworkFile file(String name, byte[] bytes) {
        return new HomeworkFile(name, bytes.length, new ByteArrayResource(bytes));
    }

    private long rows(Homework h) {
        return jdbc.sql("SELECT count(*) FROM homework_submission WHERE homework_id = ?").param(h.id())
                .query(Long.class).single();
    }

    /** A class with its teacher and a student. */
    private final class World {
        final SchoolClass c = fixtures.aClass().build();
        final Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        final Actor student = fixtures.actor(fixtures.aPerson().student().in(c).build());
    }
}
