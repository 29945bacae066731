package org.renrentong.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TreeBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class TreePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    TreeBuilder trees;
    @Autowired
    TextbookTree tree;

    @Test
    void visitorsPickAnEditionByItsPublisherAndUnfoldItsChapters() throws Exception {
        TreeNode stage = trees.at("2");
        TreeNode subject = trees.at("2/14");
        mvc.perform(get("/textbook-tree"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("初中")));
        mvc.perform(get("/textbook-tree").param("stage", String.valueOf(stage.id()))
                        .param("subject", String.valueOf(subject.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("人教版（人民教育出版社）")))
                .andExpect(content().string(containsString("北师大版（北京师范大学出版社）")));
        TreeNode volume = trees.at("2/14/bsd/21/s");
        mvc.perform(get("/textbook-tree").param("node", String.valueOf(volume.id())))
                .andExpect(content().string(containsString("初中 · 数学 · 北师大版（北京师范大学出版社） · 七年级 · 上册")))
                .andExpect(content().string(containsString("第一章 立体图形与平面图形")));
        mvc.perform(get("/textbook-tree/branch/" + trees.at("2/14/bsd/21/s/c2").id()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("有理数的加法")));
        mvc.perform(get("/textbook-tree").param("node", "-3")).andExpect(status().isNotFound());
    }

    @Test
    void onlyPlatformAdministratorsOpenTheEditor() throws Exception {
        mvc.perform(get("/admin/textbook-tree").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        Person region = logins.regionAdmin("130000");
        mvc.perform(get("/admin/textbook-tree").with(as(region))).andExpect(status().isForbidden());
        mvc.perform(get("/textbook-tree").with(as(region)))
                .andExpect(content().string(containsString("href=\"/textbook-tree\"")))
                .andExpect(content().string(not(containsString("tree-add-form"))));
        Person admin = logins.platformAdmin();
        mvc.perform(get("/admin/textbook-tree").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/textbook-tree\"")))
                .andExpect(content().string(containsString("tree-import-form")));
    }

    @Test
    void anEditorAddsRenamesMovesAndRetiresThroughThePage() throws Exception {
        Person admin = logins.platformAdmin();
        TreeNode edition = trees.edition("1", "13", "页面版", "页面出版社");
        TreeNode volume = trees.chain(edition, NodeLevel.GRADE, NodeLevel.VOLUME);
        String page = "/admin/textbook-tree?node=" + volume.id();

        mvc.perform(post("/admin/textbook-tree/add").param("parent", String.valueOf(volume.id()))
                        .param("level", "CHAPTER").param("code", "c1").param("name", "第一单元")
                        .with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl(page));
        mvc.perform(post("/admin/textbook-tree/add").param("parent", String.valueOf(volume.id()))
                        .param("level", "CHAPTER").param("code", "c1").param("name", "重复的单元")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tree-add-code-error")))
                .andExpect(content().string(containsString("value=\"重复的单元\"")));
        TreeNode chapter = tree.children(volume.id()).get(0);
        mvc.perform(post("/admin/textbook-tree/" + chapter.id() + "/rename").param("name", "第一单元（修订）")
                .with(as(admin)).with(csrf())).andExpect(redirectedUrl("/admin/textbook-tree?node=" + chapter.id()));
        mvc.perform(post("/admin/textbook-tree/" + chapter.id() + "/move").param("target", "1/13/nowhere")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("tree-move-error")));
        mvc.perform(post("/admin/textbook-tree/" + chapter.id() + "/retire").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/textbook-tree?node=" + chapter.id()));
        mvc.perform(get(page).with(as(admin)))
                .andExpect(content().string(containsString("第一单元（修订）")))
                .andExpect(content().string(containsString("已停用")))
                .andExpect(content().string(containsString("页面版（页面出版社）")));
    }

    @Test
    void aRefusedImportShowsEveryProblemWithItsLineAndACheckReportsItAsASheet() throws Exception {
        Person admin = logins.platformAdmin();
        String file = "{\"format\":\"renrentong-textbook-tree\",\"version\":1,\"nodes\":[{\"level\":\"STAGE\","
                + "\"code\":\"2\",\"name\":\"初中\",\"children\":[{\"level\":\"GRADE\",\"code\":\"21\","
                + "\"name\":\"七年级\"}]}]}";
        mvc.perform(multipart("/admin/textbook-tree/import")
                        .file(new MockMultipartFile("file", "t.json", "application/json",
                                file.getBytes(StandardCharsets.UTF_8)))
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tree-import-refused")))
                .andExpect(content().string(containsString("年级不能放在学段下面")));
        byte[] report = mvc.perform(multipart("/admin/textbook-tree/import/check")
                        .file(new MockMultipartFile("file", "t.json", "application/json",
                                file.getBytes(StandardCharsets.UTF_8)))
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(TreeFiles.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(report));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            assertThat(rows.map(r -> r.getCellText(0) + "|" + r.getCellText(1) + "|" + r.getCellText(2)).toList())
                    .containsExactly("行|编码路径|原因", "2|2/21|年级不能放在学段下面。");
        }
        mvc.perform(multipart("/admin/textbook-tree/import")
                        .file(new MockMultipartFile("file", "t.xlsx", "application/octet-stream", "PKxx".getBytes()))
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("tree-import-error")));
    }
}
