package org.renrentong.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TreeBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class TextbookTreeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    TreeBuilder trees;
    @Autowired
    TextbookTree tree;

    @Test
    void visitorsReadTheTreeWithEditionAndPublisher() throws Exception {
        mvc.perform(get("/api/v1/textbook-tree/children"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.code == '2')].name").value("初中"));
        long lesson = trees.at("2/14/bsd/21/s/c2/k1").id();
        mvc.perform(get("/api/v1/textbook-tree/nodes/" + lesson))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.editionCode").value("bsd"))
                .andExpect(jsonPath("$.place.label").value(containsString("北师大版（北京师范大学出版社）")));
        mvc.perform(get("/api/v1/textbook-tree/nodes/" + trees.at("2/14/bsd").id()))
                .andExpect(jsonPath("$.edition.publisher").value("北京师范大学出版社"));
        mvc.perform(get("/api/v1/textbook-tree/nodes/-5").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("no such node")));
        mvc.perform(get("/api/v1/textbook-tree/codes")).andExpect(jsonPath("$.subjects[?(@.code == '41')].name")
                .value("英语"));
        mvc.perform(get("/v3/api-docs")).andExpect(content().string(containsString("/api/v1/textbook-tree/import")));
    }

    @Test
    void writesNeedAPlatformAdministrator() throws Exception {
        Person region = logins.regionAdmin("130000");
        String body = "{\"parentId\":" + trees.at("2/14").id()
                + ",\"level\":\"EDITION\",\"code\":\"x1\",\"name\":\"版\",\"publisher\":\"社\"}";
        mvc.perform(post("/api/v1/textbook-tree/nodes").with(as(region)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/textbook-tree/nodes").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());

        Person admin = logins.platformAdmin();
        String code = "api" + Fixtures.unique();
        mvc.perform(post("/api/v1/textbook-tree/nodes").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("x1", code)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.code").value(code));
        mvc.perform(post("/api/v1/textbook-tree/nodes").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("x1", code)))
                .andExpect(status().isConflict());
    }

    @Test
    void anAdministratorRenamesReordersMovesAndRetiresOverTheApi() throws Exception {
        Person admin = logins.platformAdmin();
        TreeNode volume = trees.chain(trees.edition("1", "14", "接口版", "接口出版社"), NodeLevel.GRADE, NodeLevel.VOLUME);
        TreeNode first = trees.child(volume, NodeLevel.CHAPTER, "c1", "第一单元");
        TreeNode second = trees.child(volume, NodeLevel.CHAPTER, "c2", "第二单元");
        TreeNode lesson = trees.child(first, NodeLevel.LESSON, "k1", "第一课时");

        mvc.perform(patch("/api/v1/textbook-tree/nodes/" + first.id()).with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"第一单元（修订）\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("第一单元（修订）"));
        mvc.perform(post("/api/v1/textbook-tree/nodes/" + second.id() + "/reorder").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"up\":true}"))
                .andExpect(status().isOk());
        assertThat(tree.children(volume.id())).extracting(TreeNode::id).containsExactly(second.id(), first.id());
        mvc.perform(post("/api/v1/textbook-tree/nodes/" + lesson.id() + "/move").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + second.id() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.parentId").value(second.id()));
        mvc.perform(post("/api/v1/textbook-tree/nodes/" + second.id() + "/retire").with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.retired").value(true));
        mvc.perform(get("/api/v1/textbook-tree/nodes/" + lesson.id()))
                .andExpect(jsonPath("$.node.retired").value(true));
        mvc.perform(get("/api/v1/textbook-tree/export.xlsx").param("node", String.valueOf(volume.id())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(TreeFiles.XLSX));
    }

    @Test
    void aJsonExportImportsBackAsItWas() throws Exception {
        Person admin = logins.platformAdmin();
        TreeNode edition = trees.edition("1", "41", "往返版", "往返出版社");
        TreeNode chapter = trees.chain(edition, NodeLevel.GRADE, NodeLevel.VOLUME, NodeLevel.CHAPTER);
        trees.child(chapter, NodeLevel.LESSON, "k1", "第一课时");
        String exported = mvc.perform(get("/api/v1/textbook-tree/export").param("node", String.valueOf(edition.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(exported).contains("往返出版社", "\"format\":\"renrentong-textbook-tree\"");

        mvc.perform(post("/api/v1/textbook-tree/import").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(exported))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.updated").value(0));
        MockMultipartFile file = new MockMultipartFile("file", "tree.json", "application/json",
                exported.replace("第一课时", "第一课时（修订）").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/textbook-tree/import").file(file).with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(1));
        assertThat(tree.children(chapter.id())).extracting(TreeNode::name).containsExactly("第一课时（修订）");

        String broken = exported.replace("\"code\":\"k1\"", "\"code\":\"k 1\"");
        mvc.perform(post("/api/v1/textbook-tree/import").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(broken))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.problems[0].line").value(7))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("编码应为")));
    }
}
