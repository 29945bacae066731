package org.renrentong.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.TreeFile.FileNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TreeBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A grade belongs to one stage (standard-codes.csv): adding, moving or importing it under another is refused. */
@IntegrationTest
class GradeStageTest {

    @Autowired
    TreeEditing editing;
    @Autowired
    TreeTransfer transfer;
    @Autowired
    TextbookTree tree;
    @Autowired
    TreeBuilder trees;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    MockMvc mvc;

    @Test
    void aGradeIsAddedOnlyUnderItsOwnStage() {
        Actor admin = fixtures.platformAdmin();
        TreeNode primary = trees.edition("1", "14", "小学测试版", "测试出版社");
        assertThat(refusal(() -> editing.add(admin, primary.id(), NodeLevel.GRADE, "31", "高一年级", null)))
                .isEqualTo("taxonomy.code.wrongStage");
        assertThat(refusal(() -> editing.add(admin, primary.id(), NodeLevel.GRADE, "21", "七年级", null)))
                .isEqualTo("taxonomy.code.wrongStage");
        assertThat(tree.children(primary.id())).isEmpty();
        assertThat(editing.add(admin, primary.id(), NodeLevel.GRADE, "13", "三年级", null).code()).isEqualTo("13");
    }

    @Test
    void movingASubtreeUnderAnotherStageIsRefusedWhenItsGradesDoNotBelongThere() {
        Actor admin = fixtures.platformAdmin();
        TreeNode edition = trees.edition("1", "14", "移动测试版", "测试出版社");
        trees.chain(edition, NodeLevel.GRADE, NodeLevel.VOLUME);
        assertThat(refusal(() -> editing.move(admin, edition.id(), trees.at("2/14").id())))
                .isEqualTo("taxonomy.code.wrongStage");
        assertThat(tree.node(edition.id()).orElseThrow().parentId()).isEqualTo(trees.at("1/14").id());
        assertThat(editing.move(admin, edition.id(), trees.at("1/13").id()).parentId())
                .isEqualTo(trees.at("1/13").id());
    }

    @Test
    void anImportNamesTheRowWhoseGradeIsUnderTheWrongStageAndWritesNothing() {
        String code = "g" + Fixtures.unique();
        FileNode grade = new FileNode(NodeLevel.GRADE, "22", "八年级", null, false, List.of());
        FileNode edition = new FileNode(NodeLevel.EDITION, code, "导入版", "测试出版社", false, List.of(grade));
        FileNode subject = new FileNode(NodeLevel.SUBJECT, "14", "数学", null, false, List.of(edition));
        FileNode stage = new FileNode(NodeLevel.STAGE, "1", "小学", null, false, List.of(subject));

        ImportResult result = transfer.importJson(fixtures.platformAdmin(),
                new TreeFile(TreeFile.FORMAT, 1, List.of(stage)));

        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::codePath,
                ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "1/14/" + code + "/22", "taxonomy.code.wrongStage"));
        assertThat(tree.at("1/14/" + code)).isEmpty();
    }

    @Test
    void theRefusalReadsInChineseAndEnglishOverTheApiAndBesideTheFormField() throws Exception {
        Person admin = logins.platformAdmin();
        TreeNode primary = trees.edition("1", "13", "接口测试版", "测试出版社");
        String body = "{\"parentId\":" + primary.id() + ",\"level\":\"GRADE\",\"code\":\"32\",\"name\":\"高二\"}";
        mvc.perform(post("/api/v1/textbook-tree/nodes").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-CN").content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("年级“高二年级”（32）属于高中，不能放在小学下面。"));
        mvc.perform(post("/api/v1/textbook-tree/nodes").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("The grade \"高二年级\" (32) belongs to 高中 and cannot be placed under 小学."));

        String file = "{\"format\":\"" + TreeFile.FORMAT + "\",\"version\":1,\"nodes\":[{\"level\":\"STAGE\","
                + "\"code\":\"2\",\"name\":\"初中\",\"children\":[{\"level\":\"SUBJECT\",\"code\":\"14\",\"name\":\"数学\","
                + "\"children\":[{\"level\":\"EDITION\",\"code\":\"e" + Fixtures.unique() + "\",\"name\":\"版\","
                + "\"publisher\":\"社\",\"children\":[{\"level\":\"GRADE\",\"code\":\"11\",\"name\":\"一年级\"}]}]}]}]}";
        mvc.perform(post("/api/v1/textbook-tree/import").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(file))
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.problems[0].line").value(4))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("belongs to 小学")));

        mvc.perform(post("/admin/textbook-tree/add").param("parent", String.valueOf(primary.id()))
                        .param("level", "GRADE").param("code", "21").param("name", "七年级")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tree-add-code-error")))
                .andExpect(content().string(containsString("属于初中，不能放在小学下面")));
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e.messageKey();
        }
        throw new AssertionError("expected a refusal");
    }
}
