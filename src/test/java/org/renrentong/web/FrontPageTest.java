package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.org.Groups;
import org.renrentong.org.School;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceVisibility;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** The node's front page: what the node is, its public resources and spaces, its figures — for visitors too. */
@IntegrationTest
class FrontPageTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired ResourceFixtures resources;
    @Autowired Groups groups;
    @Autowired JdbcClient jdbc;

    @Test
    void aVisitorSeesWhatTheNodeIsItsNewestPublicResourcesItsSpacesAndItsFigures() throws Exception {
        School school = fixtures.aSchool().inCounty("130102").build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().at(school).build());
        TreeNode lesson = resources.lesson("2", "14");
        String word = "首页公开" + Fixtures.unique();
        String hidden = "首页内部" + Fixtures.unique();
        Resource open = resources.publish(resources.aResource(teacher).at(lesson).titled(word).build(), teacher,
                fixtures.platformAdmin());
        resources.publish(resources.aResource(teacher).at(lesson).titled(hidden)
                .visibility(ResourceVisibility.ORGANISATION).build(), teacher, fixtures.platformAdmin());
        String bureau = groups.bureau(fixtures.platformAdmin(), "130900").name();
        long published = jdbc.sql("SELECT count(*) FROM resource WHERE status = 'PUBLISHED' AND region_path LIKE ?")
                .param("/000000/130000/%").query(Long.class).single();

        String page = page(get("/"));
        assertThat(page).contains("<h1 class=\"h3 mb-1\" id=\"front-name\">人人通</h1>", "省级节点 · 河北省")
                .contains(word, "/resources/" + open.id())
                .doesNotContain(hidden)
                .contains(bureau)
                .contains("id=\"figure-people\"", "id=\"figure-opened\"")
                .contains("<div class=\"fs-4 fw-bold\" id=\"figure-resources\">" + published + "</div>")
                .contains("href=\"/login\"", "href=\"/textbook-tree\"")
                .doesNotContain("??");
        assertThat(page(get("/").param("lang", "en"))).contains("Provincial node · 河北省", "Newest resources",
                "id=\"front-name\">Renrentong</h1>");
    }

    @Test
    void featuredAreTheMostUsedPublicResourcesNeverAnInternalOne() throws Exception {
        // a county of its own, so that the most used lists other tests read are not crowded by these two
        School xinji = fixtures.aSchool().inCounty("130181").build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().at(xinji).build());
        TreeNode lesson = resources.lesson("2", "14");
        String word = "精选公开" + Fixtures.unique();
        String hidden = "精选内部" + Fixtures.unique();
        Resource open = resources.publish(resources.aResource(teacher).at(lesson).titled(word).build(), teacher,
                fixtures.platformAdmin());
        Resource internal = resources.publish(resources.aResource(teacher).at(lesson).titled(hidden)
                .visibility(ResourceVisibility.ORGANISATION).build(), teacher, fixtures.platformAdmin());
        // far more used than anything else in the test database
        jdbc.sql("UPDATE resource SET download_count = 100000000 WHERE id IN (?, ?)")
                .params(open.id(), internal.id()).update();

        String page = page(get("/"));
        String featured = page.substring(page.indexOf("id=\"front-featured\""), page.indexOf("id=\"front-newest\""));
        assertThat(featured).contains(word).doesNotContain(hidden);
    }

    @Test
    void signedInPeopleReachTheFrontPageTooAndGoOnToTheirHome() throws Exception {
        var teacher = logins.ready(fixtures.aPerson().teacher().build());
        assertThat(page(get("/").with(as(teacher)))).contains("front-home", "href=\"/home\"")
                .doesNotContain("id=\"front-login\"");
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
