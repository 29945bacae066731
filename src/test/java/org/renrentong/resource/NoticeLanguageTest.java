package org.renrentong.resource;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.test.web.servlet.MockMvc;

/** The review's notices in the owner's space read in the reader's language, the stored text stays Chinese. */
@IntegrationTest
class NoticeLanguageTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    Reviews reviews;
    @Autowired
    Spaces spaces;
    @Autowired
    MockMvc mvc;

    @Test
    void aRejectionNoticeReadsInEnglishOrChineseAsTheReaderChooses() throws Exception {
        Person owner = logins.ready(fixtures.aPerson().teacher().build());
        Actor teacher = fixtures.actor(owner);
        Resource r = resources.aResource(teacher).titled("三角形内角和").build();
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        reviews.act(fixtures.platformAdmin(), r.id(), ReviewAction.REJECT, "缺少练习");
        long space = spaces.mine(teacher);

        mvc.perform(get("/spaces/{id}", space).param("lang", "en").with(as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("三角形内角和&quot; was rejected: 缺少练习.")))
                .andExpect(content().string(not(containsString("未通过审核"))));
        mvc.perform(get("/api/v1/spaces/{id}/posts", space).header("Accept-Language", "en").with(as(owner)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("was rejected")));
        mvc.perform(get("/spaces/{id}", space).param("lang", "zh-CN").with(as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("你的资源《三角形内角和》未通过审核，原因：缺少练习。")));
    }
}
