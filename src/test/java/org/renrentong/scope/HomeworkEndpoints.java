package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.renrentong.classroom.homework.Homework;
import org.renrentong.identity.Actor;
import org.renrentong.storage.SampleFiles;
import org.renrentong.testing.HomeworkFixtures;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Homework of the teacher of class A1: one the student handed in a photo to (with a picture attached), one open for
 * handing in, and fresh ones for the requests that change or withdraw them.
 */
final class HomeworkEndpoints extends Declarations {

    static final Set<Caller> SCHOOLROOM = Set.of(TEACHER, OTHER_TEACHER, STUDENT, CLASSMATE, OTHER_STUDENT);
    static final Set<Caller> TEACHERS_A1 = plus(MANAGE_A, TEACHER);
    static final Set<Caller> READ_A1 = plus(TEACHERS_A1, STUDENT, CLASSMATE, GUARDIAN);
    static final Set<Caller> READ_WORK = plus(TEACHERS_A1, STUDENT, GUARDIAN);

    private final HomeworkFixtures homework;
    private final Actor teacher;

    HomeworkEndpoints(MatrixWorld w, HomeworkFixtures homework) {
        super(w);
        this.homework = homework;
        this.teacher = w.actor(TEACHER);
        Homework handedIn = homework.aHomework(teacher).to(w.classA1).withPicture().build();
        homework.submitPhoto(w.actor(STUDENT), handedIn);
        long work = homework.submissionOf(handedIn, w.person(STUDENT).id());
        long photo = w.jdbc.sql("SELECT id FROM homework_file WHERE submission_id = ?").param(work)
                .query(Long.class).single();
        long photoFile = w.jdbc.sql("SELECT file_id FROM homework_file WHERE id = ?").param(photo)
                .query(Long.class).single();
        long attachment = handedIn.attachments().get(0).fileId();
        long open = homework.aHomework(teacher).to(w.classA1).build().id();
        long spare = fresh();
        long h = handedIn.id();
        long a1 = w.classA1.id();

        on("GET /api/v1/homework").allow(SCHOOLROOM);
        on("GET /homework").allow(plus(SCHOOLROOM, GUARDIAN));
        on("GET /api/v1/homework/children").allow(only(GUARDIAN));
        on("POST /api/v1/homework").json(c -> "{\"title\":\"作业" + c.n() + "\",\"dueAt\":\"" + due() + "\","
                + "\"classIds\":[" + a1 + "]}").allow(only(TEACHER));
        // the class space's card: empty for those with no homework in the class
        on("GET /homework/classes/{classId}/card").at("class A1", a1).allow(SIGNED_IN);
        on("GET /homework/new").allow(only(TEACHER, OTHER_TEACHER));
        on("POST /homework").param("title", c -> "作业" + c.n()).param("due", c -> localDue())
                .param("classIds", a1).allow(only(TEACHER));
        for (String read : new String[] {"GET /api/v1/homework/{id}", "GET /homework/{id}"}) {
            on(read).at("handed in, class A1", h).allow(READ_A1);
        }
        on("PUT /api/v1/homework/{id}").at("a fresh one of class A1", c -> c.fresh(this::fresh, spare))
                .json(c -> "{\"title\":\"改" + c.n() + "\",\"dueAt\":\"" + due() + "\",\"classIds\":[" + a1 + "]}")
                .allow(only(TEACHER));
        on("DELETE /api/v1/homework/{id}").at("a fresh one of class A1", c -> c.fresh(this::fresh, spare))
                .allow(only(TEACHER));
        on("GET /homework/{id}/edit").at("open, class A1", open).allow(only(TEACHER));
        on("POST /homework/{id}/edit").at("a fresh one of class A1", c -> c.fresh(this::fresh, spare))
                .param("title", c -> "改" + c.n()).param("due", c -> localDue()).param("classIds", a1)
                .allow(only(TEACHER));
        on("POST /homework/{id}/withdraw").at("a fresh one of class A1", c -> c.fresh(this::fresh, spare))
                .allow(only(TEACHER));
        on("POST /api/v1/homework/{id}/submissions").at("open, class A1", open).param("text", c -> "答案" + c.n())
                .file(c -> new MockMultipartFile("files", "作业.png", "image/png", SampleFiles.png(8, 8)))
                .allow(only(STUDENT, CLASSMATE));
        on("POST /homework/{id}/submit").at("open, class A1", open).param("text", c -> "答案" + c.n())
                .allow(only(STUDENT, CLASSMATE));
        on("GET /api/v1/homework/{id}/submission").at("handed in, class A1", h).allow(only(STUDENT, CLASSMATE))
                .accepting(404);
        on("GET /homework/{id}/attachments/{fileId}").at("its picture", h, attachment).allow(READ_A1);
        for (String teacherView : new String[] {"GET /api/v1/homework/{id}/classes/{classId}",
                "GET /homework/{id}/classes/{classId}", "GET /homework/{id}/classes/{classId}.xlsx"}) {
            on(teacherView).at("class A1", h, a1).allow(TEACHERS_A1);
        }
        for (String excellent : new String[] {"GET /api/v1/homework/{id}/classes/{classId}/excellent",
                "GET /homework/{id}/classes/{classId}/excellent"}) {
            on(excellent).at("class A1", h, a1).allow(READ_A1);
        }
        for (String read : new String[] {"GET /api/v1/homework/submissions/{submissionId}",
                "GET /homework/submissions/{submissionId}"}) {
            on(read).at("the student's work", work).allow(READ_WORK);
        }
        on("GET /homework/submissions/{submissionId}/files/{fileId}").at("the student's photo", work, photoFile)
                .allow(READ_WORK);
        on("POST /api/v1/homework/submissions/{submissionId}/grade").at("the student's work", work)
                .json(c -> "{\"level\":\"GOOD\",\"comment\":\"好" + c.n() + "\"}").allow(only(TEACHER));
        on("POST /homework/submissions/{submissionId}/grade").at("the student's work", work)
                .param("level", "GOOD").param("comment", c -> "好" + c.n()).allow(only(TEACHER));
        on("POST /api/v1/homework/submissions/{submissionId}/return").at("the student's work", work)
                .json(c -> "{\"comment\":\"订正" + c.n() + "\"}").allow(only(TEACHER));
        on("POST /homework/submissions/{submissionId}/return").at("the student's work", work)
                .param("comment", c -> "订正" + c.n()).allow(only(TEACHER));
        // shown as excellent, the work would open to classmates: the requests leave it unshown
        on("PUT /api/v1/homework/submissions/{submissionId}/excellent").at("the student's work", work)
                .json(c -> "{\"excellent\":false}").allow(only(TEACHER));
        on("POST /homework/submissions/{submissionId}/excellent").at("the student's work", work)
                .param("excellent", "false").allow(only(TEACHER));
        on("POST /homework/submissions/{submissionId}/files/{fileId}/annotation").at("the student's photo", work,
                photo).file(c -> new MockMultipartFile("drawing", "d.png", "image/png", SampleFiles.png(8, 8)))
                .allow(only(TEACHER));
    }

    private long fresh() {
        return homework.aHomework(teacher).to(w.classA1).build().id();
    }

    private static String due() {
        return Instant.now().plus(2, ChronoUnit.DAYS).toString();
    }

    private static String localDue() {
        return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
