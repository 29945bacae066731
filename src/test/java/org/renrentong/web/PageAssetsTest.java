package org.renrentong.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The favicon every page names exists; the tree's JSON export downloads instead of opening in the tab. */
@IntegrationTest
class PageAssetsTest {

    @Autowired MockMvc mvc;

    @Test
    void everyPageNamesAFaviconThatExists() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("rel=\"icon\" type=\"image/svg+xml\" href=\"/img/favicon.svg\"")));
        mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("image/svg+xml")));
    }

    @Test
    void theTreeExportIsAnAttachment() throws Exception {
        mvc.perform(get("/api/v1/textbook-tree/export")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"textbook-tree.json\""));
    }
}
