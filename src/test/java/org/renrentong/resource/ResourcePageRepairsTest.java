package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.space.Spaces;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Comments and shares on the resource pages, as a new user found them. */
@IntegrationTest
class ResourcePageRepairsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired ResourceFixtures resources;
    @Autowired Reviews reviews;
    @Autowired Spaces spaces;
    @Autowired JdbcClient jdbc;
    @Autowired org.renrentong.shared.ThisNode thisNode;

    @Test
    void aSentCommentLeavesTheBoxEmptyARefusedOneKeepsItsText() throws Exception {
        Person reader = logins.ready(fixtures.aPerson().teacher().build());
        Actor owner = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource r = resources.publish(resources.aResource(owner).build(), owner, fixtures.platformAdmin());

        mvc.perform(post("/resources/" + r.id() + "/comments").with(as(reader)).with(csrf()).param("body", "很有用"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(1))
                .andExpect(flash().attribute("done", "resource.comment.pending"));
        mvc.perform(post("/resources/" + r.id() + "/comments").with(as(reader)).with(csrf())
                        .param("body", "x".repeat(2001)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("typedComment", "x".repeat(2001)));
    }

    @Test
    void aShareLinksToThePublicAddressWhateverTheHostHeaderSays() throws Exception {
        Person person = logins.ready(fixtures.aPerson().teacher().build());
        Actor sharer = fixtures.actor(person);
        Resource r = resources.publish(resources.aResource(sharer).build(), sharer, fixtures.platformAdmin());

        mvc.perform(post("/resources/" + r.id() + "/shares").with(as(person)).with(csrf())
                        .header("Host", "evil.example").param("spaceId", String.valueOf(spaces.mine(sharer))))
                .andExpect(status().is3xxRedirection());
        String body = jdbc.sql("SELECT body FROM post WHERE space_id = ? ORDER BY id DESC LIMIT 1")
                .param(spaces.mine(sharer)).query(String.class).single();
        assertThat(body).contains("http://localhost:8080/resources/" + r.id()).doesNotContain("evil.example");
    }

    @Test
    void theReviewQueueShowsWhoSubmittedAndWhen() throws Exception {
        Person contributor = fixtures.aPerson().teacher().build();
        Actor owner = fixtures.actor(contributor);
        Resource r = resources.aResource(owner).build();
        Resource submitted = reviews.act(owner, r.id(), ReviewAction.SUBMIT, null);

        String queue = mvc.perform(get("/resources/reviews").with(as(logins.platformAdmin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains(contributor.name() + " 提交于 " + submitted.updatedShown());
    }

    @Test
    void languageAndNodeOfOriginShowByName() throws Exception {
        Actor owner = fixtures.actor(fixtures.aPerson().teacher().build());
        String word = "节点名" + Fixtures.unique();
        Resource r = resources.publish(resources.aResource(owner).titled(word).build(), owner,
                fixtures.platformAdmin());

        String detail = mvc.perform(get("/resources/" + r.id())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        // other tests may rename this node in the shared database: compare with its name as it is now (in Chinese,
        // the page's language, when it has none of its own)
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        String name = thisNode.name();
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        assertThat(detail).contains("<dd>中文</dd>", "<dd id=\"resource-origin\">" + name + "</dd>")
                .doesNotContain("<dd>zh</dd>", "<dd>" + thisNode.code() + "</dd>");
        String search = mvc.perform(get("/resources/search").param("q", word)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String origin = search.substring(search.indexOf("facet-ORIGIN"));
        assertThat(origin.substring(0, origin.indexOf("</section>"))).contains("<span>" + name + "</span>")
                .doesNotContain("<span>" + thisNode.code() + "</span>");
    }
}
