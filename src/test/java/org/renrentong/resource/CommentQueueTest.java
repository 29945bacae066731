package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The comment queue shows what the reader may moderate, and moderating from it follows the same rules. */
@IntegrationTest
class CommentQueueTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    ResourceUse use;
    @Autowired
    CommentQueue queue;
    @Autowired
    ReviewerAssignments assignments;
    @Autowired
    MockMvc mvc;

    @Test
    void administratorsAndAssignedExpertsSeeThePendingCommentsOfTheirScope() {
        Actor owner = fixtures.actor(fixtures.aPerson().teacher().build());     // a school in 长安区
        Actor reader = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource maths = resources.publish(resources.aResource(owner).at(resources.lesson("2", "14")).build(), owner,
                fixtures.platformAdmin());
        Comment c = use.comment(reader, maths.id(), "例题很清楚" + Fixtures.unique());

        Actor shijiazhuang = fixtures.actor(fixtures.aPerson().regionAdmin("130100").build());
        Actor baoding = fixtures.actor(fixtures.aPerson().regionAdmin("130600").build());
        Actor mathsExpert = fixtures.actor(fixtures.aPerson().expert("130000").build());
        assignments.assign(fixtures.platformAdmin(), mathsExpert.personId(), "130000", "14");
        Actor chineseExpert = fixtures.actor(fixtures.aPerson().expert("130000").build());
        assignments.assign(fixtures.platformAdmin(), chineseExpert.personId(), "130000", "13");

        assertThat(ids(shijiazhuang)).contains(c.id());
        assertThat(ids(mathsExpert)).contains(c.id());
        assertThat(ids(baoding)).doesNotContain(c.id());
        assertThat(ids(chineseExpert)).doesNotContain(c.id());
        assertThatThrownBy(() -> queue.pending(reader, 0)).hasMessage("error.forbidden");
        QueuedComment shown = queue.pending(shijiazhuang, c.id() - 1).items().get(0);
        assertThat(shown.resourceTitle()).isEqualTo(maths.title());
        assertThat(shown.authorName()).isEqualTo(reader.name());

        use.moderate(mathsExpert, c.id(), true);
        assertThat(ids(shijiazhuang)).doesNotContain(c.id());
    }

    @Test
    void aCommentIsApprovedInPlaceWithHtmxOrRejectedByAPlainForm() throws Exception {
        Actor owner = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor reader = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource r = resources.publish(resources.aResource(owner).titled("圆的周长" + Fixtures.unique()).build(), owner,
                fixtures.platformAdmin());
        Comment good = use.comment(reader, r.id(), "讲得好");
        Comment bad = use.comment(reader, r.id(), "代考 广告");
        Person admin = logins.regionAdmin("130100");
        Person baoding = logins.regionAdmin("130600");

        mvc.perform(get("/resources/comments").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(r.title()), containsString("讲得好"),
                        containsString("href=\"/resources/" + r.id() + "\""), containsString("代考"))));
        mvc.perform(post("/resources/comments/{id}/moderation", good.id()).param("approve", "true")
                        .header("HX-Request", "true").with(as(baoding)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/resources/comments/{id}/moderation", good.id()).param("approve", "true")
                        .header("HX-Request", "true").with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("queued-comment-" + good.id()),
                        containsString("评论已通过。"), not(containsString("<html")))));
        mvc.perform(post("/resources/comments/{id}/moderation", bad.id()).param("approve", "false")
                        .with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/resources/comments"));
        assertThat(use.comments(null, r.id())).extracting(Comment::body).containsExactly("讲得好");
        mvc.perform(get("/resources/comments").with(as(admin)))
                .andExpect(content().string(not(containsString(r.title()))));
    }

    private java.util.List<Long> ids(Actor actor) {
        return queue.pending(actor, 0).items().stream().map(QueuedComment::id).toList();
    }
}
