package org.renrentong.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.Test;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.classroom.quiz.Item;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.HomeworkFixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.QuizFixtures;
import org.renrentong.testing.TaughtClassBuilder;
import org.renrentong.testing.TermBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Homework and quizzes joined to the subject teachers and the school calendar: work in a subject is set in a class
 * by that subject's teacher there, or by the head teacher (any subject of their class); due dates and quiz windows
 * say which teaching week they fall in.
 */
@IntegrationTest
class SetWorkBySubjectTest {

    private static final String MATHS = "14";
    private static final String CHINESE = "13";

    @Autowired Fixtures fixtures;
    @Autowired HomeworkFixtures homework;
    @Autowired QuizFixtures quizzes;
    @Autowired TermBuilder terms;
    @Autowired Logins logins;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    /** A class with a mathematics teacher, a Chinese teacher and a head teacher who teaches no subject there. */
    private record Taught(SchoolClass schoolClass, Actor maths, Actor chinese, Actor head) {
    }

    private Taught taught() {
        School school = fixtures.aSchool().build();
        Person maths = fixtures.aPerson().teacher().at(school).build();
        Person chinese = fixtures.aPerson().teacher().at(school).build();
        Person head = fixtures.aPerson().teacher().at(school).build();
        SchoolClass c = new TaughtClassBuilder(fixtures).in(school).subject(MATHS, maths).subject(CHINESE, chinese)
                .head(head).build();
        return new Taught(c, fixtures.actor(maths), fixtures.actor(chinese), fixtures.actor(head));
    }

    @Test
    void aSubjectTeacherAssignsHomeworkOnlyInTheirSubjectAndNothingIsWrittenOtherwise() {
        Taught t = taught();
        long before = jdbc.sql("SELECT count(*) FROM homework").query(Long.class).single();

        assertThatThrownBy(() -> homework.aHomework(t.maths()).to(t.schoolClass()).subject(CHINESE).build())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.messageKey()).isEqualTo("homework.subject.notTaught");
                });
        assertThat(jdbc.sql("SELECT count(*) FROM homework").query(Long.class).single()).isEqualTo(before);

        assertThat(homework.aHomework(t.maths()).to(t.schoolClass()).subject(MATHS).build().subjectCode())
                .isEqualTo(MATHS);
        assertThat(homework.aHomework(t.chinese()).to(t.schoolClass()).subject(CHINESE).build().subjectCode())
                .isEqualTo(CHINESE);
    }

    @Test
    void theHeadTeacherAssignsHomeworkInAnySubjectOfTheirClass() {
        Taught t = taught();

        assertThat(homework.aHomework(t.head()).to(t.schoolClass()).subject(CHINESE).build().subjectCode())
                .isEqualTo(CHINESE);
        assertThat(homework.aHomework(t.head()).to(t.schoolClass()).subject(MATHS).build().subjectCode())
                .isEqualTo(MATHS);
    }

    @Test
    void aSubjectTeacherSetsQuizzesOnlyInTheirSubjectAndTheHeadTeacherInAny() {
        Taught t = taught();
        Item chineseItem = quizzes.anItem(t.chinese()).subject(CHINESE).build();
        Item mathsItem = quizzes.anItem(t.maths()).subject(MATHS).build();
        Item headsItem = quizzes.anItem(t.head()).subject(CHINESE).build();

        assertThatThrownBy(() -> quizzes.aQuiz(t.maths()).with(quizzes.anItem(t.maths()).subject(CHINESE).build(), 5)
                .forClass(t.schoolClass()).build())
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("quiz.subject.notTaught"));
        assertThat(jdbc.sql("SELECT count(*) FROM quiz WHERE owner_id = ?").param(t.maths().personId())
                .query(Long.class).single()).isZero();

        assertThat(quizzes.aQuiz(t.maths()).with(mathsItem, 5).forClass(t.schoolClass()).build().subjectCode())
                .isEqualTo(MATHS);
        assertThat(quizzes.aQuiz(t.chinese()).with(chineseItem, 5).forClass(t.schoolClass()).build().subjectCode())
                .isEqualTo(CHINESE);
        assertThat(quizzes.aQuiz(t.head()).with(headsItem, 5).forClass(t.schoolClass()).build().subjectCode())
                .isEqualTo(CHINESE);
    }

    @Test
    void dueDatesAndQuizWindowsSayTheirTeachingWeek() throws Exception {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        terms.aTerm().at(school).from(TeachingWeeks.today().minusDays(14)).build();
        Person teacherPerson = logins.ready(fixtures.aPerson().teacher().teaching(c).build());
        Person studentPerson = logins.ready(fixtures.aPerson().student().in(c).build());
        Actor teacher = fixtures.actor(teacherPerson);
        // due in two days: the third week of a term that began 14 days ago, or the fourth
        var h = homework.aHomework(teacher).to(c).build();
        var quiz = quizzes.aQuiz(teacher).with(quizzes.anItem(teacher).build(), 5).forClass(c).build();
        String week = "第 [34] 教学周";

        for (String page : new String[] {"/homework", "/homework/" + h.id()}) {
            mvc.perform(get(page).with(as(studentPerson))).andExpect(status().isOk())
                    .andExpect(content().string(matchesPattern("(?s).*" + week + ".*")));
        }
        mvc.perform(get("/quizzes").with(as(studentPerson))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第 3 教学周")));
        mvc.perform(get("/quizzes/{id}/results", quiz.id()).with(as(teacherPerson))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第 3 教学周")));
    }
}
