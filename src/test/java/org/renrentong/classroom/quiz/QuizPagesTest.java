package org.renrentong.classroom.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.QuizFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The teacher's pages: refusals shown beside the form in the user's language, nothing half written. */
@IntegrationTest
class QuizPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired QuizFixtures quizFixtures;
    @Autowired Attempts attempts;
    @Autowired JdbcClient jdbc;

    @Test
    void aShortAnswerMarkedOutOfRangeIsRefusedOnThePageAndAMarkInRangeIsKept() throws Exception {
        SchoolClass c = fixtures.aClass().build();
        Person teacherPerson = logins.ready(fixtures.aPerson().teacher().teaching(c).build());
        Actor teacher = fixtures.actor(teacherPerson);
        Actor student = fixtures.actor(fixtures.aPerson().student().in(c).build());
        Item essay = quizFixtures.anItem(teacher).shortAnswer("说明理由", "因为……").build();
        Quiz quiz = quizFixtures.aQuiz(teacher).with(essay, 5).forClass(c).build();
        attempts.start(student, quiz.id());
        attempts.save(student, quiz.id(), 1, List.of("我的理由"));
        attempts.handIn(student, quiz.id());
        long attempt = jdbc.sql("SELECT id FROM quiz_attempt WHERE quiz_id = ?").param(quiz.id())
                .query(Long.class).single();
        String mark = "/quizzes/{id}/attempts/{a}/answers/1/mark";

        String refused = mvc.perform(post(mark, quiz.id(), attempt).param("points", "6").param("comment", "好")
                        .with(as(teacherPerson)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("得分须在 0 到 5 之间").doesNotContain("??");
        assertThat(points(attempt)).isNull();

        mvc.perform(post(mark, quiz.id(), attempt).param("points", "4.5").param("comment", "好")
                .with(as(teacherPerson)).with(csrf())).andExpect(status().isFound());
        assertThat(points(attempt)).isEqualTo("4.5");
        mvc.perform(get("/quizzes/{id}/attempts/{a}", quiz.id(), attempt).with(as(teacherPerson)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("我的理由")));
        mvc.perform(get("/quizzes/{id}/results.xlsx", quiz.id()).with(as(teacherPerson)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND target_type = "
                + "'quiz_results' AND target_id = ?").param(String.valueOf(quiz.id())).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void anItemWithoutACorrectAnswerIsRefusedBesideTheFieldAndNotKept() throws Exception {
        SchoolClass c = fixtures.aClass().build();
        Person teacher = logins.ready(fixtures.aPerson().teacher().teaching(c).build());
        String page = mvc.perform(post("/quizzes/items").param("kind", "MULTIPLE_CHOICE").param("subjectCode", "14")
                        .param("stem", "下列哪些是质数").param("choices", "2\n4\n5").param("answer", "")
                        .with(as(teacher)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("这道题还没有正确答案").contains("下列哪些是质数");
        assertThat(jdbc.sql("SELECT count(*) FROM quiz_item WHERE owner_id = ?").param(teacher.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aMalformedQtiFileIsRefusedWithAClearMessage() throws Exception {
        Person teacher = logins.ready(fixtures.aPerson().teacher().teaching(fixtures.aClass().build()).build());
        String page = mvc.perform(multipart("/quizzes/items/qti").file(new MockMultipartFile("file", "x.zip",
                                "application/zip", "这不是压缩包".getBytes(StandardCharsets.UTF_8)))
                        .param("subjectCode", "14").with(as(teacher)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("文件不是 ZIP 压缩包");
    }

    private String points(long attempt) {
        return jdbc.sql("SELECT points[1]::text FROM quiz_attempt WHERE id = ?").param(attempt)
                .query((rs, n) -> rs.getString(1)).list().get(0);
    }
}
