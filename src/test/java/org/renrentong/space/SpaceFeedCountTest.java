package org.renrentong.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The feed's count in the heading follows a post made on the page. */
@IntegrationTest
class SpaceFeedCountTest {

    @Autowired MockMvc mvc;
    @Autowired SpaceFixtures f;

    @Test
    void postingWithHtmxUpdatesTheFeedCount() throws Exception {
        SpaceFixtures.ClassWorld w = f.classWorld("130102");
        String first = post(w, "第一条");
        assertThat(first).contains("id=\"feed-total\"", "hx-swap-oob=\"true\"", "共 1 条");
        assertThat(post(w, "第二条")).contains("共 2 条");
    }

    private String post(SpaceFixtures.ClassWorld w, String body) throws Exception {
        return mvc.perform(multipart("/spaces/{id}/posts", w.classSpace()).param("body", body)
                        .header("HX-Request", "true").with(as(w.student())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
