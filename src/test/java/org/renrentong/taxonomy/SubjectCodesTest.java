package org.renrentong.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.TreeFile.FileNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TreeBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class SubjectCodesTest {

    @Autowired
    TextbookTree tree;
    @Autowired
    TreeEditing editing;
    @Autowired
    TreeTransfer transfer;
    @Autowired
    TreeRepository repository;
    @Autowired
    TreeBuilder trees;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    MockMvc mvc;

    @Test
    void theCurrentSubjectsAreOfferedAndTheRetiredOnesKeptForHistory() {
        assertThat(tree.currentSubjects()).extracting(CodeName::name)
                .contains("道德与法治", "思想政治", "生物学", "信息科技", "艺术", "劳动", "综合实践活动", "语文")
                .doesNotContain("品德与生活（社会）", "思想品德（政治）", "生物");
        assertThat(tree.subjects()).contains(new CodeName("12", "思想品德（政治）", List.of("30", "31")),
                new CodeName("11", "品德与生活（社会）", List.of("30")), new CodeName("18", "生物", List.of("32")));
        assertThat(tree.subjects()).filteredOn(CodeName::retired).extracting(CodeName::code)
                .containsExactlyInAnyOrder("11", "12", "18");
    }

    @Test
    void aNewNodeTakesACurrentSubjectAndARetiredOneNamesItsSuccessors() {
        Actor admin = fixtures.platformAdmin();
        long stage = trees.at("2").id();
        assertThatThrownBy(() -> editing.add(admin, stage, NodeLevel.SUBJECT, "12", "思想品德", null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("taxonomy.code.retired");
                    assertThat(e.args()).containsExactly("12", "思想品德（政治）", "30 道德与法治、31 思想政治");
                });
        TreeNode current = tree.at("2/30").orElseGet(() -> editing.add(admin, stage, NodeLevel.SUBJECT, "30",
                "道德与法治", null));
        assertThat(tree.place(current.id()).subjectCode()).isEqualTo("30");
        assertThat(transfer.importJson(admin, file("1", "12", "ed" + Fixtures.unique())).problems())
                .extracting(ImportProblem::messageKey).contains("taxonomy.code.retired");
    }

    @Test
    void nodesFiledUnderARetiredSubjectKeepWorking() throws Exception {
        Actor admin = fixtures.platformAdmin();
        TreeNode old = retiredSubjectNode();
        TreeNode edition = editing.add(admin, old.id(), NodeLevel.EDITION, "t" + Fixtures.unique(), "旧版", "旧出版社");
        assertThat(tree.place(edition.id()).subjectCode()).isEqualTo("12");
        assertThat(tree.place(edition.id()).label()).startsWith("初中 · 思想品德");
        // re-importing a file that holds the existing retired subject node updates below it
        assertThat(transfer.importJson(admin, file("2", "12", "re" + Fixtures.unique())).applied()).isTrue();

        mvc.perform(get("/textbook-tree").param("stage", String.valueOf(trees.at("2").id()))
                        .with(as(logins.platformAdmin())))
                .andExpect(content().string(containsString("思想品德（已停用）")));
        mvc.perform(get("/admin/textbook-tree").param("node", String.valueOf(trees.at("2").id()))
                        .with(as(logins.platformAdmin())))
                .andExpect(content().string(containsString("subject-retired")));
        mvc.perform(get("/api/v1/textbook-tree/codes").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.subjects[?(@.code == '12')].retired").value(true))
                .andExpect(jsonPath("$.subjects[?(@.code == '30')].retired").value(false))
                .andExpect(jsonPath("$.subjects[?(@.code == '12')].replacedBy[0]").value("30"));
    }

    /** A subject node as it was filed before its code retired: written straight to the table, as old data is. */
    private TreeNode retiredSubjectNode() {
        return tree.at("2/12").orElseGet(() -> {
            NodeRow stage = repository.find(trees.at("2").id()).orElseThrow();
            long id = repository.insert(stage.id(), stage.path(), NodeLevel.SUBJECT, "12", "思想品德", null);
            return tree.node(id).orElseThrow();
        });
    }

    private static TreeFile file(String stageCode, String subjectCode, String editionCode) {
        FileNode ed = new FileNode(NodeLevel.EDITION, editionCode, "导入版", "导入出版社", false, List.of());
        FileNode subject = new FileNode(NodeLevel.SUBJECT, subjectCode, "思想品德", null, false, List.of(ed));
        FileNode stage = new FileNode(NodeLevel.STAGE, stageCode, stageCode.equals("1") ? "小学" : "初中", null, false,
                List.of(subject));
        return new TreeFile(TreeFile.FORMAT, 1, List.of(stage));
    }
}
