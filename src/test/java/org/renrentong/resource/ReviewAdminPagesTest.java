package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The reviewer assignment page: errors beside the field in the user's language, nothing half-written. */
@IntegrationTest
class ReviewAdminPagesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    ReviewerAssignments assignments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theFormShowsTheRefusalBesideTheFieldInChineseOrEnglishAndKeepsTheChoices() throws Exception {
        Person changan = logins.regionAdmin("130102");
        Person expert = fixtures.aPerson().expert("130000").build();
        mvc.perform(post("/resources/reviewer-assignments").param("expertId", String.valueOf(expert.id()))
                        .param("regionCode", "130102").param("subjectCode", "").with(as(changan)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"subject-error\""), containsString("请选择学科。"),
                        containsString("<option value=\"" + expert.id() + "\" selected=\"selected\""))));
        mvc.perform(post("/resources/reviewer-assignments").param("lang", "en").param("regionCode", "130102")
                        .param("subjectCode", "14").with(as(changan)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"expert-error\""),
                        containsString("Choose an expert reviewer."))));
        assertThat(jdbc.sql("SELECT count(*) FROM review_assignment WHERE expert_id = ?").param(expert.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAdministratorAddsListsAndRemovesOthersAreRefused() throws Exception {
        Person changan = logins.regionAdmin("130102");
        Person expert = fixtures.aPerson().expert("130000").build();
        mvc.perform(post("/resources/reviewer-assignments").param("expertId", String.valueOf(expert.id()))
                        .param("regionCode", "130102").param("subjectCode", "41").with(as(changan)).with(csrf()))
                .andExpect(redirectedUrl("/resources/reviewer-assignments"));
        mvc.perform(get("/resources/reviewer-assignments").with(as(changan))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(expert.name()), containsString("英语（41）"))));
        long id = jdbc.sql("SELECT id FROM review_assignment WHERE expert_id = ?").param(expert.id())
                .query(Long.class).single();

        Person baoding = logins.regionAdmin("130600");
        mvc.perform(get("/resources/reviewer-assignments").with(as(baoding)))
                .andExpect(content().string(not(containsString("id=\"assignment-" + id + "\""))));
        mvc.perform(post("/resources/reviewer-assignments/{id}/delete", id).with(as(baoding)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/resources/reviewer-assignments").param("expertId", String.valueOf(expert.id()))
                        .param("regionCode", "130102").param("subjectCode", "14").with(as(baoding)).with(csrf()))
                .andExpect(status().isForbidden());
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        mvc.perform(get("/resources/reviewer-assignments").with(as(teacher))).andExpect(status().isForbidden());

        mvc.perform(post("/resources/reviewer-assignments/{id}/delete", id).with(as(changan)).with(csrf()))
                .andExpect(redirectedUrl("/resources/reviewer-assignments"));
        mvc.perform(get("/resources/reviewer-assignments").with(as(changan)))
                .andExpect(content().string(not(containsString("id=\"assignment-" + id + "\""))));
        Actor admin = fixtures.actor(changan);
        assertThat(assignments.list(admin)).extracting(ReviewerAssignment::id).doesNotContain(id);
    }

    @Test
    void theReviewPageLinksToAssignmentsForAdministratorsAndToCommentsForAll() throws Exception {
        Person changan = logins.regionAdmin("130102");
        mvc.perform(get("/resources/reviews").with(as(changan))).andExpect(content().string(allOf(
                containsString("href=\"/resources/reviewer-assignments\""), containsString("href=\"/resources/comments\""))));
        Person expert = logins.ready(fixtures.aPerson().expert("130000").build());
        mvc.perform(get("/resources/reviews").with(as(expert))).andExpect(content().string(allOf(
                not(containsString("href=\"/resources/reviewer-assignments\"")),
                containsString("href=\"/resources/comments\""))));
    }
}
