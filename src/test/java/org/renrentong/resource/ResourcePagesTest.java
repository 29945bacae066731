package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The resource pages render for their viewers, in Chinese and English, and the form keeps input on refusal. */
@IntegrationTest
@AutoConfigureMockMvc
class ResourcePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    TextbookTree tree;
    @Autowired
    ReviewerAssignments assignments;
    @Autowired
    Reviews reviews;

    @Test
    void visitorsReadAndFindAPublishedResource() throws Exception {
        School school = fixtures.aSchool().build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().at(school).build());
        TreeNode lesson = resources.lesson("2", "14");
        String word = "圆周率" + Fixtures.unique();
        Resource r = resources.publish(resources.aResource(teacher).at(lesson).titled(word + " 微课").build(),
                teacher, fixtures.platformAdmin());

        String detail = page(get("/resources/" + r.id()));
        assertThat(detail).contains(word, "pdf-view", "测试出版社", "已发布");
        assertThat(page(get("/resources/" + r.id()).param("lang", "en"))).contains("Published", "Download");
        assertThat(page(get("/resources/search").param("q", word))).contains("<mark>", "/resources/" + r.id(),
                "facet-SUBJECT");
        long edition = tree.place(lesson.id()).path().get(2).id();
        assertThat(page(get("/resources/search").param("placeId", String.valueOf(edition))))
                .contains("/resources/" + r.id(), "search-place");
        assertThat(page(get("/resources/tree").param("mode", "find"))).contains("tree-link");
        assertThat(page(get("/resources/schools/" + school.id()))).contains(word);
        assertThat(page(get("/resources/regions/130100"))).contains("石家庄市");
    }

    @Test
    void teachersUploadThroughTheFormWhichKeepsInputWhenRefused() throws Exception {
        Person person = logins.ready(fixtures.aPerson().teacher().build());
        Actor teacher = fixtures.actor(person);
        TreeNode lesson = resources.lesson("1", "13");

        assertThat(page(get("/resources/new").with(as(person)))).contains("rr-upload", "tree-picker", "upload0");
        long subject = tree.place(lesson.id()).path().get(1).id();
        assertThat(page(get("/resources/tree").param("parent", String.valueOf(subject)).param("mode", "pick")
                .with(as(person)))).contains("tree-pick", "测试出版社");
        // a single choice for another page's form, starting at the subject's node under each stage
        assertThat(page(get("/resources/tree").param("mode", "one").param("subject", "13").with(as(person))))
                .contains("小学 · 语文", "mode=one").doesNotContain("tree-pick", "tree-link");
        assertThat(page(get("/resources/tree").param("parent", String.valueOf(subject)).param("mode", "one")
                .with(as(person)))).contains("tree-choose", "name=\"textbookNode\"");
        String refused = page(post("/resources").with(as(person)).with(csrf()).param("title", "")
                .param("description", "保留的简介").param("type", "SLIDES").param("placeIds", String.valueOf(lesson.id()))
                .param("audiences", "STUDENT").param("licence", "CC_BY_4_0").param("visibility", "PUBLIC"));
        assertThat(refused).contains("is-invalid", "请输入标题", "保留的简介", "chosen-" + lesson.id());

        String upload = resources.pdfUpload(teacher);
        mvc.perform(post("/resources").with(as(person)).with(csrf()).param("title", "识字 课件")
                        .param("type", "SLIDES").param("placeIds", String.valueOf(lesson.id()))
                        .param("audiences", "STUDENT").param("licence", "CC_BY_4_0").param("visibility", "PUBLIC")
                        .param("language", "zh").param("upload0", upload).param("uploadRoles", "SLIDES"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/resources/*"));
        assertThat(page(get("/resources/mine").with(as(person)))).contains("识字 课件", "草稿");
    }

    @Test
    void reviewersSeeTheirQueueAndActFromThePage() throws Exception {
        Person person = logins.ready(fixtures.aPerson().teacher().build());
        Actor teacher = fixtures.actor(person);
        Resource r = resources.aResource(teacher).titled("待审 资源" + Fixtures.unique()).build();
        mvc.perform(post("/resources/" + r.id() + "/review").with(as(person)).with(csrf()).param("action", "SUBMIT"))
                .andExpect(status().is3xxRedirection());
        Person city = logins.regionAdmin("130100");

        assertThat(page(get("/resources/reviews").with(as(city)))).contains(r.title());
        assertThat(page(get("/resources/" + r.id()).with(as(city)))).contains("review-PUBLISH", "review-REJECT");
        mvc.perform(post("/resources/" + r.id() + "/review").with(as(city)).with(csrf()).param("action", "REJECT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("errorKey", "resource.review.reason.required"));
        mvc.perform(post("/resources/" + r.id() + "/review").with(as(city)).with(csrf()).param("action", "PUBLISH"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/resources/" + r.id()).with(as(person)))).contains("已发布", "resource-favourite");
        Person student = logins.ready(fixtures.aPerson().student().build());
        assertThat(page(get("/resources/" + r.id()).with(as(student)))).doesNotContain("review-RETIRE");
    }

    @Test
    void anExpertWhoRejectsGoesBackToTheQueueNotToAPageTheyMayNoLongerRead() throws Exception {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource r = resources.aResource(teacher).at(resources.lesson("2", "14")).build();
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        Person expert = logins.ready(fixtures.aPerson().expert("130000").build());
        assignments.assign(fixtures.platformAdmin(), expert.id(), "130000", "14");

        mvc.perform(post("/resources/" + r.id() + "/review").with(as(expert)).with(csrf())
                        .param("action", "REJECT").param("reason", "图片不清楚"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/resources/reviews"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("done", "resource.review.done.REJECT"));
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
