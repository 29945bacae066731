package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** Its owner opens the edit form of a resource with files: to fix a rejected one, or to start a new version. */
@IntegrationTest
class ResourceEditPageTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired ResourceFixtures resources;
    @Autowired Reviews reviews;

    @Test
    void theOwnerEditsARejectedResourceWithItsFilesKept() throws Exception {
        Person person = logins.ready(fixtures.aPerson().teacher().build());
        Actor teacher = fixtures.actor(person);
        Resource r = resources.aResource(teacher).titled("被退回 教案" + Fixtures.unique()).build();
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        reviews.act(fixtures.platformAdmin(), r.id(), ReviewAction.REJECT, "请补充教学目标");

        String page = edit(person, r);
        assertThat(page).contains(r.title(), "keep-" + r.files().get(0).fileId()).contains("checked");
    }

    @Test
    void theOwnerOpensANewVersionOfAPublishedResourceWithFiles() throws Exception {
        Person person = logins.ready(fixtures.aPerson().teacher().build());
        Actor teacher = fixtures.actor(person);
        Resource draft = resources.aResource(teacher).titled("已发布 教案" + Fixtures.unique()).build();
        Resource r = resources.publish(draft, teacher, fixtures.platformAdmin());

        assertThat(edit(person, r)).contains(r.title(), "keep-" + r.files().get(0).fileId());
    }

    private String edit(Person person, Resource r) throws Exception {
        String page = mvc.perform(get("/resources/" + r.id() + "/edit").with(as(person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("</html>").doesNotContain("??");
        return page;
    }
}
