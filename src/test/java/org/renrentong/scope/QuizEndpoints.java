package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.renrentong.classroom.quiz.Attempts;
import org.renrentong.classroom.quiz.Item;
import org.renrentong.classroom.quiz.ItemBank;
import org.renrentong.classroom.quiz.ItemDraft;
import org.renrentong.classroom.quiz.ItemKind;
import org.renrentong.classroom.quiz.QtiTransfer;
import org.renrentong.classroom.quiz.Quiz;
import org.renrentong.identity.Actor;
import org.renrentong.storage.SampleFiles;
import org.renrentong.testing.QuizFixtures;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The item bank and quizzes: the teacher of class A1 owns items (one kept, one shared with school A, one with a
 * picture) and a quiz set for A1 that the student has handed in, and another still open; the other teacher (A2)
 * shares the school, the other student sits in A2.
 */
final class QuizEndpoints extends Declarations {

    static final Set<Caller> TEACHERS = only(TEACHER, OTHER_TEACHER);
    static final Set<Caller> TAKERS = only(STUDENT, CLASSMATE);
    static final Set<Caller> RESULTS = plus(MANAGE_A, TEACHER);

    QuizEndpoints(MatrixWorld w, QuizFixtures quizzes, ItemBank bank, Attempts attempts, QtiTransfer qti) {
        super(w);
        Actor teacher = w.actor(TEACHER);
        Actor student = w.actor(STUDENT);
        Item own = quizzes.anItem(teacher).build();
        Item shared = quizzes.anItem(teacher).shared().build();
        Item spare = quizzes.anItem(teacher).build();
        Item pictured = bank.create(teacher, new ItemDraft(ItemKind.TRUE_FALSE, "14", null, "图中是直角三角形", List.of(),
                List.of(), true, List.of(), null, false), new ItemBank.Picture("p.png", SampleFiles.png(20, 20)));
        Item essay = quizzes.anItem(teacher).shortAnswer("证明勾股定理", null).build();
        Quiz done = quizzes.aQuiz(teacher).with(pictured, 2).with(essay, 5).forClass(w.classA1).build();
        attempts.start(student, done.id());
        attempts.save(student, done.id(), 1, List.of("true"));
        attempts.handIn(student, done.id());
        long attempt = w.jdbc.sql("SELECT id FROM quiz_attempt WHERE quiz_id = ? AND student_id = ?")
                .params(done.id(), student.personId()).query(Long.class).single();
        Quiz open = quizzes.aQuiz(teacher).with(quizzes.anItem(teacher).build(), 2).forClass(w.classA1).build();
        byte[] qtiPackage = qti.export(teacher, List.of(own.id()));
        String opens = LocalDateTime.now().withNano(0).withSecond(0).toString();
        String closes = LocalDateTime.now().plusDays(1).withNano(0).withSecond(0).toString();

        on("GET /quizzes").allow(union(TEACHERS, only(STUDENT, CLASSMATE, OTHER_STUDENT)));
        on("GET /api/v1/quizzes").allow(union(TEACHERS, only(STUDENT, CLASSMATE, OTHER_STUDENT)));
        on("GET /quizzes/items").allow(TEACHERS);
        on("GET /api/v1/quiz-items").allow(TEACHERS);
        on("GET /quizzes/items/new").allow(TEACHERS);
        on("GET /quizzes/items/qti").allow(TEACHERS);
        on("GET /quizzes/items/qti.zip").allow(TEACHERS);
        on("GET /api/v1/quiz-items/qti").allow(TEACHERS);
        on("POST /quizzes/items/qti").param("subjectCode", "14")
                .file(c -> new MockMultipartFile("file", "items.zip", "application/zip", qtiPackage)).allow(TEACHERS);
        on("POST /api/v1/quiz-items/qti").param("subjectCode", "14")
                .file(c -> new MockMultipartFile("file", "items.zip", "application/zip", qtiPackage)).allow(TEACHERS);
        on("POST /quizzes/items").param("kind", "SINGLE_CHOICE").param("subjectCode", "14")
                .param("stem", c -> "题目" + c.n()).param("choices", "甲\n乙").param("answer", "A").allow(TEACHERS);
        on("POST /api/v1/quiz-items").json(c -> "{\"kind\":\"TRUE_FALSE\",\"subjectCode\":\"14\",\"stem\":\"题"
                + c.n() + "\",\"answerTrue\":true}").allow(TEACHERS);
        on("GET /api/v1/quiz-items/{id}").at("the teacher's own item", own.id()).allow(only(TEACHER));
        on("GET /quizzes/items/{id}/edit").at("the teacher's own item", own.id()).allow(only(TEACHER));
        on("POST /quizzes/items/{id}").at("the teacher's own item", own.id()).param("kind", "SINGLE_CHOICE")
                .param("subjectCode", "14").param("stem", c -> "改" + c.n()).param("choices", "甲\n乙")
                .param("answer", "B").allow(only(TEACHER));
        on("PUT /api/v1/quiz-items/{id}").at("the teacher's spare item", spare.id())
                .json(c -> "{\"kind\":\"TRUE_FALSE\",\"subjectCode\":\"14\",\"stem\":\"改" + c.n()
                        + "\",\"answerTrue\":false}").allow(only(TEACHER));
        on("POST /quizzes/items/{id}/copy").at("an item shared in school A", shared.id()).allow(TEACHERS);
        on("POST /api/v1/quiz-items/{id}/copy").at("an item shared in school A", shared.id()).allow(TEACHERS);
        on("POST /quizzes/items/{id}/retire").at("the teacher's item",
                c -> c.fresh(() -> quizzes.anItem(teacher).build().id(), spare.id())).allow(only(TEACHER));
        on("POST /api/v1/quiz-items/{id}/retire").at("the teacher's item",
                c -> c.fresh(() -> quizzes.anItem(teacher).build().id(), spare.id())).allow(only(TEACHER));
        on("GET /quizzes/items/{id}/picture").at("the teacher's item with a picture", pictured.id())
                .allow(only(TEACHER));

        on("GET /quizzes/new").allow(TEACHERS);
        on("POST /quizzes").at("for class A1").param("title", c -> "测验" + c.n()).param("classIds", w.classA1.id())
                .param("itemIds", own.id()).param("points[" + own.id() + "]", "5").param("opensAt", opens)
                .param("closesAt", closes).allow(only(TEACHER));
        on("POST /api/v1/quizzes").at("for class A1").json(c -> "{\"title\":\"测验" + c.n()
                + "\",\"entries\":[{\"itemId\":" + own.id() + ",\"points\":5}],\"classIds\":[" + w.classA1.id()
                + "],\"opensAt\":\"" + Instant.now() + "\",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(1))
                + "\"}").allow(only(TEACHER));
        on("GET /quizzes/{id}").at("set for class A1", done.id()).allow(union(RESULTS, TAKERS));
        for (String results : new String[] {"GET /quizzes/{id}/results", "GET /quizzes/{id}/results.xlsx",
                "GET /api/v1/quizzes/{id}/results"}) {
            on(results).at("set for class A1", done.id()).allow(RESULTS);
        }
        on("GET /quizzes/{id}/attempts/{attemptId}").at("the student's attempt", done.id(), attempt).allow(RESULTS);
        on("POST /quizzes/{id}/attempts/{attemptId}/answers/{position}/mark").at("the student's short answer",
                done.id(), attempt, 2).param("points", "3").param("comment", "好").allow(only(TEACHER));
        on("PUT /api/v1/quizzes/{id}/attempts/{attemptId}/answers/{position}/mark").at("the student's short answer",
                done.id(), attempt, 2).json(c -> "{\"points\":4,\"comment\":\"好\"}").allow(only(TEACHER));
        on("POST /quizzes/{id}/remark").at("set for class A1", done.id()).allow(only(TEACHER));
        on("POST /api/v1/quizzes/{id}/remark").at("set for class A1", done.id()).allow(only(TEACHER));

        on("GET /quizzes/{id}/take").at("set for class A1", done.id()).allow(TAKERS);
        on("GET /api/v1/quizzes/{id}/sheet").at("set for class A1", done.id()).allow(TAKERS);
        on("GET /quizzes/{id}/questions/{position}/picture").at("a question with a picture", done.id(), 1)
                .allow(TAKERS);
        on("POST /quizzes/{id}/start").at("open for class A1", open.id()).allow(TAKERS);
        on("POST /api/v1/quizzes/{id}/start").at("open for class A1", open.id()).allow(TAKERS);
        on("POST /quizzes/{id}/answers/{position}").at("open for class A1", open.id(), 1).param("response", "1")
                .allow(TAKERS);
        on("PUT /api/v1/quizzes/{id}/answers/{position}").at("open for class A1", open.id(), 1)
                .json(c -> "{\"response\":[\"1\"]}").allow(TAKERS).accepting(409);
        on("POST /quizzes/{id}/hand-in").at("open for class A1", open.id()).allow(TAKERS);
        on("POST /api/v1/quizzes/{id}/hand-in").at("open for class A1", open.id()).allow(TAKERS).accepting(409);
    }
}
