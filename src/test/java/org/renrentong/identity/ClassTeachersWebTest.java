package org.renrentong.identity;

import static org.hamcrest.Matchers.containsString;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TaughtClassBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The class teachers page and API: refusals in the user's words beside the field, never a stack trace. */
@IntegrationTest
@AutoConfigureMockMvc
class ClassTeachersWebTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;

    @Test
    void refusalsAreShownBesideTheFormAndAnsweredAsProblems() throws Exception {
        School school = fixtures.aSchool().build();
        Person head = fixtures.aPerson().teacher().at(school).named("王班主任").build();
        Person second = fixtures.aPerson().teacher().at(school).build();
        Person stranger = fixtures.aPerson().teacher().build();
        SchoolClass c = new TaughtClassBuilder(fixtures).in(school).head(head).build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        String page = "/classes/" + c.id() + "/teachers";

        mvc.perform(post(page + "/subjects").with(as(admin)).with(csrf()).param("subject", "99")
                        .param("teacherId", String.valueOf(second.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“99”不是可选的学科")));
        mvc.perform(post(page + "/subjects").with(as(admin)).with(csrf()).param("subject", "14")
                        .param("teacherId", String.valueOf(stranger.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只能安排教师在本校班级任教")));
        mvc.perform(post(page + "/head").with(as(admin)).with(csrf()).param("teacherId", String.valueOf(second.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本班已有班主任“王班主任”")));
        mvc.perform(put("/api/v1/classes/" + c.id() + "/head").with(as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"teacherId\":" + second.id() + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("王班主任")));

        mvc.perform(post(page + "/subjects").with(as(admin)).with(csrf()).param("subject", "14")
                        .param("teacherId", String.valueOf(second.id())))
                .andExpect(redirectedUrl(page));
        mvc.perform(get("/api/v1/classes/" + c.id() + "/teachers").with(as(admin)))
                .andExpect(jsonPath("$.head.name").value("王班主任"))
                .andExpect(jsonPath("$.subjects[0].subject").value("14"))
                .andExpect(jsonPath("$.subjects[0].subjectName").value("数学"));
    }

    @Test
    void eachFormKeepsItsTeacherChoiceAndShowsItsRefusalBesideIt() throws Exception {
        School school = fixtures.aSchool().build();
        Person head = fixtures.aPerson().teacher().at(school).named("王班主任").build();
        Person second = fixtures.aPerson().teacher().at(school).build();
        SchoolClass c = new TaughtClassBuilder(fixtures).in(school).head(head).build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        String page = "/classes/" + c.id() + "/teachers";
        String chosen = String.valueOf(second.id());

        Document headRefused = render(post(page + "/head").with(as(admin)).with(csrf()).param("teacherId", chosen));
        assertThat(headRefused.selectFirst("#head-teacher option[selected]").val()).isEqualTo(chosen);
        assertThat(headRefused.selectFirst("#head-teacher").hasClass("is-invalid")).isTrue();
        assertThat(headRefused.selectFirst("#head-teacher").attr("aria-describedby")).isEqualTo("head-error");
        assertThat(headRefused.selectFirst("#head-error").text()).contains("本班已有班主任“王班主任”");
        assertThat(headRefused.selectFirst("#subject-teacher").hasClass("is-invalid")).isFalse();
        assertThat(headRefused.select("#subject-teacher option[selected]")).isEmpty();

        Document subjectRefused = render(post(page + "/subjects").with(as(admin)).with(csrf()).param("subject", "99")
                .param("teacherId", chosen));
        assertThat(subjectRefused.selectFirst("#subject-teacher option[selected]").val()).isEqualTo(chosen);
        assertThat(subjectRefused.selectFirst("#subject-error").text()).contains("“99”不是可选的学科");
        assertThat(subjectRefused.selectFirst("#subject-teacher").hasClass("is-invalid")).isFalse();
        assertThat(subjectRefused.selectFirst("#subject-teacher").hasAttr("aria-describedby")).isFalse();
        assertThat(subjectRefused.selectFirst("#subject-teacher-error")).isNull();

        Document teacherRefused = render(post(page + "/subjects").with(as(admin)).with(csrf()).param("subject", "14")
                .param("teacherId", String.valueOf(fixtures.aPerson().teacher().build().id())));
        assertThat(teacherRefused.selectFirst("#subject-teacher").hasClass("is-invalid")).isTrue();
        assertThat(teacherRefused.selectFirst("#subject-teacher").attr("aria-describedby"))
                .isEqualTo("subject-teacher-error");
        assertThat(teacherRefused.selectFirst("#subject-teacher-error").text()).contains("只能安排教师在本校班级任教");
        assertThat(teacherRefused.selectFirst("#head-error")).isNull();
    }

    private Document render(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
