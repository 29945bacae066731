package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Spring MVC's own client errors keep their 4xx status on the API, as problem details in the user's language. */
@IntegrationTest
class ApiClientErrorsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBodyOfTheWrongContentTypeIs415() throws Exception {
        Person admin = logins.platformAdmin();
        mvc.perform(post("/api/v1/schools").with(as(admin)).contentType(MediaType.TEXT_PLAIN).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Content-Type")));
        mvc.perform(post("/api/v1/me/password").with(as(admin)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("current=a&next=b"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void anAcceptItCannotServeIs406AnsweredAsProblemDetails() throws Exception {
        Person admin = logins.platformAdmin();
        mvc.perform(get("/api/v1/me").with(as(admin)).accept(MediaType.TEXT_HTML).header("Accept-Language", "en"))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not acceptable"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("application/json")));
    }

    @Test
    void aWriteWhoseAnswerIsNotAcceptableIsRefusedBeforeItIsDone() throws Exception {
        Person admin = logins.platformAdmin();
        School school = fixtures.aSchool().build();
        String name = "不可接受" + Fixtures.unique();
        mvc.perform(post("/api/v1/schools/" + school.id() + "/groups").with(as(admin)).accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"kind\":\"CLUB\"}"))
                .andExpect(status().isNotAcceptable());
        assertThat(jdbc.sql("SELECT count(*) FROM org_group WHERE name = ?").param(name).query(Long.class).single())
                .isZero();
    }

    @Test
    void otherFrameworkClientErrorsKeepTheir4xx() throws Exception {
        Person admin = logins.platformAdmin();
        mvc.perform(delete("/api/v1/me").with(as(admin))).andExpect(status().isMethodNotAllowed());
        mvc.perform(get("/api/v1/schools/not-a-number").with(as(admin))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("java."))));
        mvc.perform(post("/api/v1/schools").with(as(admin)).contentType(MediaType.APPLICATION_JSON).content("{\"x\":"))
                .andExpect(status().isBadRequest());
    }
}
