package org.renrentong.classroom.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The teacher's side: who handed in, grading, returning, drawing on a photo, excellent work, the export. */
@IntegrationTest
class GradeHomeworkTest {

    @Autowired Fixtures fixtures;
    @Autowired HomeworkFixtures homework;
    @Autowired Grading grading;
    @Autowired Submissions submissions;
    @Autowired HomeworkViews views;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Logins logins;

    @Test
    void theTeacherSeesWhoHandedInOnTimeLateAndNot() {
        World w = new World();
        Person late = fixtures.aPerson().student().in(w.c).named("迟交生").build();
        Person missing = fixtures.aPerson().student().in(w.c).named("未交生").build();
        Homework h = homework.aHomework(w.teacher).to(w.c).lateAccepted().build();
        homework.submitPhoto(w.student, h);
        homework.overdue(h);
        homework.submitPhoto(fixtures.actor(late), h);

        ClassOverview o = views.overview(w.teacher, h.id(), w.c.id());

        assertThat(o.onTime()).extracting(ClassOverview.Line::studentId).containsExactly(w.student.personId());
        assertThat(o.late()).extracting(ClassOverview.Line::name).containsExactly("迟交生");
        assertThat(o.missing()).extracting(ClassOverview.Line::name).containsExactly("未交生");
        assertThatThrownBy(() -> views.overview(w.student, h.id(), w.c.id())).hasMessage("error.forbidden");
    }

    @Test
    void aScoreOutOfRangeIsRefusedAndAScoreInRangeWithACommentIsKept() {
        World w = new World();
        Homework h = homework.aHomework(w.teacher).to(w.c).scored(100).build();
        homework.submitPhoto(w.student, h);
        long id = homework.submissionOf(h, w.student.personId());

        for (int bad : new int[] {-1, 101}) {
            assertThatThrownBy(() -> grading.grade(w.teacher, id, bad, null, "好"))
                    .hasMessage("homework.score.range");
        }
        assertThat(views.submission(w.teacher, id).status()).isEqualTo(SubmissionStatus.SUBMITTED);

        grading.grade(w.teacher, id, 95, null, "字迹工整");
        SubmissionView graded = views.own(w.student, h.id()).orElseThrow();
        assertThat(graded.score()).isEqualTo(95);
        assertThat(graded.comment()).isEqualTo("字迹工整");
    }

    @Test
    void aLevelHomeworkNeedsALevel() {
        World w = new World();
        Homework h = homework.aHomework(w.teacher).to(w.c).build();
        homework.submitPhoto(w.student, h);
        long id = homework.submissionOf(h, w.student.personId());
        assertThatThrownBy(() -> grading.grade(w.teacher, id, 90, null, "")).hasMessage("homework.level.required");
        grading.grade(w.teacher, id, null, Level.EXCELLENT, "");
        assertThat(views.submission(w.teacher, id).level()).isEqualTo(Level.EXCELLENT);
    }

    @Test
    void aTeacherOfAnotherClassCannotGradeNorSee() {
        World w = new World();
        Homework h = homework.aHomework(w.teacher).to(w.c).build();
        homework.submitPhoto(w.student, h);
        long id = homework.submissionOf(h, w.student.personId());
        Actor stranger = fixtures.actor(fixtures.aPerson().teacher().build());

        assertThatThrownBy(() -> grading.grade(stranger, id, null, Level.GOOD, "好"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.messageKey()).isEqualTo("homework.grade.notYourClass");
                });
        assertThatThrownBy(() -> views.submission(stranger, id)).hasMessage("error.forbidden");
        assertThat(views.submission(w.teacher, id).status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void returnedWorkIsHandedInAgain() {
        World w = new World();
        Homework h = homework.aHomework(w.teacher).to(w.c).build();
        homework.submitPhoto(w.student, h);
        long id = homework.submissionOf(h, w.student.personId());

        assertThatThrownBy(() -> grading.returnForCorrection(w.teacher, id, " "))
                .hasMessage("homework.comment.required");
        grading.returnForCorrection(w.teacher, id, "第二题再算一遍");
        assertThat(views.own(w.student, h.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.RETURNED);

        assertThat(submissions.submit(w.student, h.id(), "订正好了", List.of())).isEqualTo(2);
        assertThat(views.own(w.student, h.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void classmatesSeeWorkOnlyOnceShownAsExcellent() {
        World w = new World();
        Actor classmate = fixtures.actor(fixtures.aPerson().student().in(w.c).build());
        Homework h = homework.aHomework(w.teacher).to(w.c).build();
        homework.submitPhoto(w.student, h);
        long id = homework.submissionOf(h, w.student.personId());

        assertThatThrownBy(() -> views.submission(classmate, id)).hasMessage("error.forbidden");
        assertThat(views.excellent(classmate, h.id(), w.c.id())).isEmpty();

        grading.markExcellent(w.teacher, id, true);
        assertThat(views.excellent(classmate, h.id(), w.c.id())).extracting(SubmissionView::id).containsExactly(id);
        assertThat(views.submission(classmate, id).id()).isEqualTo(id);
        Actor outsider = fixtures.actor(fixtures.aPerson().student().build());
        assertThatThrownBy(() -> views.excellent(outsider, h.id(), w.c.id())).hasMessage("error.forbidden");
    }

    @Test
    void aDrawingOnAPhotoIsKeptBesideTheOriginal() {
        World w = new World();
        Homework h = homework.aHomework(w.teacher).to(w.c).build();
        homework.submitPhoto(w.student, h);
        long id = homework.submissionOf(h, w.student.personId());
        SubmissionView.File photo = views.submission(w.teacher, id).versions().get(0).files().get(0);
        byte[] png = SampleFiles.png(40, 30);

        grading.annotate(w.teacher, id, photo.id(), new HomeworkFile("d.png", png.length, new ByteArrayResource(png)));

        SubmissionView.File after = views.own(w.student, h.id()).orElseThrow().versions().get(0).files().get(0);
        assertThat(after.fileId()).isEqualTo(photo.fileId());
        assertThat(after.annotationFileId()).isNotNull().isNotEqualTo(photo.fileId());
        assertThat(views.workFile(w.student, id, after.annotationFileId()).file().mediaType()).isEqualTo("image/png");
    }

    @Test
    void theClassExportsToExcelAndTheExportIsAudited() throws Exception {
        World w = new World();
        Homework h = homework.aHomework(w.teacher).to(w.c).scored(10).build();
        homework.submitPhoto(w.student, h);
        grading.grade(w.teacher, homework.submissionOf(h, w.student.personId()), 9, null, "很好");

        byte[] xlsx = mvc.perform(MockMvcRequestBuilders.get("/homework/{id}/classes/{c}.xlsx", h.id(), w.c.id())
                        .with(Logins.as(logins.ready(w.teacherPerson))))
                .andReturn().getResponse().getContentAsByteArray();

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(0)).isEqualTo(w.studentName);
            assertThat(rows.get(1).getCellText(3)).isEqualTo("9");
            assertThat(rows.get(1).getCellText(4)).isEqualTo("很好");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'HOMEWORK_EXPORTED' AND target_id = ?")
                .param(String.valueOf(h.id())).query(Long.class).single()).isEqualTo(1);
    }

    /** A class with its teacher and a student. */
    private final class World {
        final SchoolClass c = fixtures.aClass().build();
        final Person teacherPerson = fixtures.aPerson().teacher().teaching(c).build();
        final Actor teacher = fixtures.actor(teacherPerson);
        final Person studentPerson = fixtures.aPerson().student().in(c).build();
        final String studentName = studentPerson.name();
        final Actor student = fixtures.actor(studentPerson);
    }
}
