package org.renrentong.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TreeBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Readers of the tree see names, not internal codes, and a lesson leads to its resources. */
@IntegrationTest
class TreeReaderLinksTest {

    @Autowired MockMvc mvc;
    @Autowired TreeBuilder trees;
    @Autowired TextbookTree tree;

    @Test
    void nodesShowNamesAndALessonLinksToItsResources() throws Exception {
        TreeNode edition = trees.at("2/14/bsd");
        assertThat(page("/textbook-tree?node=" + edition.id())).contains("七年级").doesNotContain(">21<");

        TreeNode chapter = trees.at("2/14/bsd/21/s/c2");
        TreeNode lesson = tree.children(chapter.id()).get(0);
        assertThat(page("/textbook-tree/branch/" + chapter.id()))
                .contains("href=\"/resources/search?placeId=" + lesson.id() + "\"", lesson.name())
                .doesNotContain(">" + lesson.code() + "<");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
