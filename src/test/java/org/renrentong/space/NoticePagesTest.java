package org.renrentong.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The class notice pages and API through the whole web stack: the posting form's details, answers, replies. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticePagesTest {

    @Autowired SpaceFixtures f;
    @Autowired Posts posts;
    @Autowired JdbcClient jdbc;
    @Autowired WebApplicationContext context;

    private MockMvc mvc;
    private SpaceFixtures.ClassWorld w;
    private Person guardian2;

    @BeforeAll
    void world() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        w = f.classWorld("130102");
        guardian2 = f.fixtures.aPerson().guardianOf(f.fixtures.aPerson().student().in(w.schoolClass()).build())
                .build();
        f.fixtures.passwordChanged(guardian2);
    }

    @Test
    void theFormPostsAChoiceWithItsDeadlinePickedInChinaTime() throws Exception {
        String body = "春游是否参加 " + Fixtures.unique();
        mvc.perform(multipart("/spaces/{id}/posts", w.classSpace()).with(as(w.teacher())).with(csrf())
                        .param("body", body).param("kind", "NOTICE").param("audience", "GUARDIANS")
                        .param("ask", "CHOICE").param("options", "参加\r\n不参加\r\n").param("deadline", "2099-05-01T18:00"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("""
                SELECT n.audience || ' ' || n.ask || ' ' || array_to_string(n.options, '/')
                FROM class_notice n JOIN post p ON p.id = n.post_id WHERE p.body = ?""").param(body)
                .query(String.class).single()).isEqualTo("GUARDIANS CHOICE 参加/不参加");
        assertThat(jdbc.sql("SELECT n.deadline FROM class_notice n JOIN post p ON p.id = n.post_id WHERE p.body = ?")
                .param(body).query((rs, i) -> rs.getTimestamp(1).toInstant()).single())
                .isEqualTo(Instant.parse("2099-05-01T10:00:00Z"));
    }

    @Test
    void aRefusedNoticeKeepsWhatWasTypedAndSaysWhy() throws Exception {
        String body = "格式不对的截止时间 " + Fixtures.unique();
        mvc.perform(multipart("/spaces/{id}/posts", w.classSpace()).with(as(w.teacher())).with(csrf())
                        .param("body", body).param("kind", "NOTICE").param("ask", "CONFIRM").param("deadline", "明天"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("截止时间格式不正确。")))
                .andExpect(content().string(containsString(body)));
        mvc.perform(multipart("/spaces/{id}/posts", w.classSpace()).with(as(w.teacher())).with(csrf())
                        .param("body", body).param("kind", "NOTICE").param("ask", "CHOICE").param("options", "参加"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("要求选择时至少需要两个选项")));
        assertThat(jdbc.sql("SELECT count(*) FROM post WHERE body = ?").param(body).query(Long.class).single())
                .isZero();
    }

    @Test
    void aGuardianAnswersAndRepliesOnThePageAndSeesOnlyTheirOwnThread() throws Exception {
        long id = notice(NoticeAsk.CHOICE, List.of("参加", "不参加"));
        mvc.perform(post("/notices/{id}/answer", id).with(as(w.guardian())).with(csrf()))
                .andExpect(status().isFound()).andExpect(flash().attribute("error", "请选择通知给出的一个选项。"));
        mvc.perform(post("/notices/{id}/answer", id).with(as(w.guardian())).with(csrf()).param("choice", "1"))
                .andExpect(status().isFound());
        mvc.perform(post("/notices/{id}/replies", id).with(as(w.guardian())).with(csrf()).param("body", "孩子晕车"))
                .andExpect(status().isFound());

        mvc.perform(get("/notices/{id}", id).with(as(w.guardian()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("您的回复：不参加")))
                .andExpect(content().string(containsString("孩子晕车")));
        mvc.perform(get("/notices/{id}", id).with(as(guardian2))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("孩子晕车"))));
        mvc.perform(get("/notices/{id}", id).with(as(w.teacher()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("孩子晕车")))
                .andExpect(content().string(containsString("不参加：1")))
                .andExpect(content().string(containsString("id=\"notice-export\"")));
        mvc.perform(get("/notices/{id}/answers.xlsx", id).with(as(w.teacher()))).andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void theApiAnswersAndRefusesPlainly() throws Exception {
        long id = notice(NoticeAsk.CONFIRM, List.of());
        mvc.perform(get("/api/v1/notices/{id}", id).with(as(w.guardian()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.addressed").value(true)).andExpect(jsonPath("$.answerable").value(true));
        mvc.perform(put("/api/v1/notices/{id}/answer", id).with(as(w.guardian())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.myChoice").value(0));
        mvc.perform(get("/api/v1/notices/{id}/receipts", id).with(as(w.teacher()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.answered").value(1)).andExpect(jsonPath("$.tally[0]").value(1));
        mvc.perform(post("/api/v1/notices/{id}/replies", id).with(as(w.student())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"我知道了\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("这条通知不是发给您的")));
    }

    private long notice(NoticeAsk ask, List<String> options) {
        return posts.create(f.actor(w.teacher()), w.classSpace(), PostKind.NOTICE, "周五开家长会", List.of(),
                new NoticeDetails(NoticeAudience.GUARDIANS, ask, options, null)).id();
    }

    private static RequestPostProcessor as(Person person) {
        return httpBasic(person.account(), Fixtures.PASSWORD);
    }
}
