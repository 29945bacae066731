package org.renrentong.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The bureau on the region page leads to its space. */
@IntegrationTest
class BureauLinkTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Groups groups;

    @Test
    void theBureauNameLinksToItsSpace() throws Exception {
        Person city = logins.regionAdmin("130100");
        mvc.perform(post("/regions/130183/bureau").with(as(city)).with(csrf()));
        long bureau = groups.findBureau("130183").orElseThrow().id();

        String fragment = mvc.perform(get("/regions/130183/bureau").with(as(city))).andReturn().getResponse()
                .getContentAsString();
        assertThat(fragment).contains("href=\"/spaces/bureau/" + bureau + "\"");
        assertThat(mvc.perform(get("/spaces/bureau/" + bureau)).andReturn().getResponse().getRedirectedUrl())
                .startsWith("/spaces/");
    }
}
