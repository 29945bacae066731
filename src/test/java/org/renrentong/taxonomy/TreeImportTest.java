package org.renrentong.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.AuditQuery;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.TreeFile.FileNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TreeBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class TreeImportTest {

    @Autowired
    TreeTransfer transfer;
    @Autowired
    TextbookTree tree;
    @Autowired
    TreeBuilder trees;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;

    @Test
    void aFileWithOneBadRowChangesNothingAndNamesEveryProblem() {
        String edition = "imp" + Fixtures.unique();
        long before = nodeCount();
        TreeFile file = file(edition, List.of(
                leaf(NodeLevel.CHAPTER, "c1", "第一章"),
                leaf(NodeLevel.CHAPTER, "c1", "重复的第一章"),
                leaf(NodeLevel.SUBJECT, "14", "放错层级"),
                leaf(NodeLevel.LESSON, "bad code!", "编码不合规")));

        ImportResult result = transfer.importJson(fixtures.platformAdmin(), file);

        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7, "taxonomy.import.duplicate"),
                org.assertj.core.groups.Tuple.tuple(8, "taxonomy.level.misplaced"),
                org.assertj.core.groups.Tuple.tuple(9, "taxonomy.code.invalid"));
        assertThat(nodeCount()).isEqualTo(before);
    }

    @Test
    void importingTheSameFileAgainUpdatesInsteadOfDuplicating() {
        String edition = "imp" + Fixtures.unique();
        Actor admin = fixtures.platformAdmin();
        TreeFile file = file(edition, List.of(leaf(NodeLevel.CHAPTER, "c1", "第一章"),
                leaf(NodeLevel.CHAPTER, "c2", "第二章")));

        ImportResult first = transfer.importJson(admin, file);
        assertThat(first.applied()).isTrue();
        assertThat(first.added()).isEqualTo(5);
        assertThat(first.updated()).isZero();
        long after = nodeCount();

        assertThat(audit.search(new AuditQuery(null, null, admin.account(), "TEXTBOOK_TREE_IMPORTED", null, null, null,
                5))).first().satisfies(e -> assertThat(e.detailArgs()).startsWith("5"));

        ImportResult again = transfer.importJson(admin, file);
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(7);
        assertThat(nodeCount()).isEqualTo(after);

        TreeFile renamed = file(edition, List.of(leaf(NodeLevel.CHAPTER, "c2", "第二章（修订）"),
                leaf(NodeLevel.CHAPTER, "c1", "第一章")));
        ImportResult update = transfer.importJson(admin, renamed);
        assertThat(update.added()).isZero();
        assertThat(nodeCount()).isEqualTo(after);
        TreeNode volume = trees.at("2/14/" + edition + "/21/s");
        assertThat(tree.children(volume.id())).extracting(TreeNode::name).containsExactly("第一章", "第二章（修订）");
        assertThat(tree.place(volume.id()).label()).contains(edition + "版（导入测试出版社）");
    }

    @Test
    void anXlsxExportImportsBackUnchangedAndCarriesItsAncestors() throws IOException {
        TreeNode edition = trees.at("2/14/rj");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transfer.exportXlsx(edition.id(), out);

        List<TreeRow> rows = TreeSheet.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(rows.get(0).codePath()).isEqualTo("2");
        assertThat(rows.get(2).publisher()).isEqualTo("人民教育出版社");
        assertThat(rows).extracting(TreeRow::codePath).contains("2/14/rj/21/s/c1/s1/k1");

        long before = nodeCount();
        ImportResult again = transfer.importXlsx(fixtures.platformAdmin(), new ByteArrayInputStream(out.toByteArray()));
        assertThat(again.applied()).isTrue();
        assertThat(again.added() + again.updated()).isZero();
        assertThat(nodeCount()).isEqualTo(before);
    }

    @Test
    void codesTypedAsNumbersReadAsTyped() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet ws = workbook.newWorksheet("目录");
        for (int c = 0; c < TreeSheet.HEADERS.length; c++) {
            ws.value(0, c, TreeSheet.HEADERS[c]);
        }
        ws.value(1, 0, "学段");
        ws.value(1, 2, 2);
        ws.value(1, 3, "初中");
        ws.value(2, 0, "SUBJECT");
        ws.value(2, 1, 2);
        ws.value(2, 2, 14);
        ws.value(2, 3, "数学");
        workbook.finish();

        List<TreeRow> rows = TreeSheet.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(rows).extracting(TreeRow::line, TreeRow::codePath, TreeRow::level, TreeRow::retired).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "2", NodeLevel.STAGE, false),
                org.assertj.core.groups.Tuple.tuple(3, "2/14", NodeLevel.SUBJECT, false));
    }

    @Test
    void onlyPlatformAdministratorsImportAndUnreadableFilesAreRefused() {
        Actor region = fixtures.actor(fixtures.aPerson().regionAdmin("130000").build());
        assertThatThrownBy(() -> transfer.importJson(region, file("x", List.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.forbidden"));
        assertThatThrownBy(() -> transfer.importXlsx(fixtures.platformAdmin(),
                new ByteArrayInputStream("not a workbook".getBytes())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("taxonomy.import.unreadable"));
    }

    /** 初中 / 数学 / a new edition / 七年级 / 上册 / the given chapters: lines 1–5 are the chain, chapters from 6. */
    private static TreeFile file(String edition, List<FileNode> chapters) {
        FileNode volume = new FileNode(NodeLevel.VOLUME, "s", "上册", null, false, chapters);
        FileNode grade = new FileNode(NodeLevel.GRADE, "21", "七年级", null, false, List.of(volume));
        FileNode ed = new FileNode(NodeLevel.EDITION, edition, edition + "版", "导入测试出版社", false, List.of(grade));
        FileNode subject = new FileNode(NodeLevel.SUBJECT, "14", "数学", null, false, List.of(ed));
        FileNode stage = new FileNode(NodeLevel.STAGE, "2", "初中", null, false, List.of(subject));
        return new TreeFile(TreeFile.FORMAT, 1, List.of(stage));
    }

    private static FileNode leaf(NodeLevel level, String code, String name) {
        return new FileNode(level, code, name, null, false, List.of());
    }

    private long nodeCount() {
        return jdbc.sql("SELECT count(*) FROM textbook_node").query(Long.class).single();
    }
}
