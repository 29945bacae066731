package org.renrentong.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.AuditQuery;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TreeBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

@IntegrationTest
class TreeEditingTest {

    @Autowired
    TextbookTree tree;
    @Autowired
    TreeEditing editing;
    @Autowired
    TreeBuilder trees;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditLog audit;

    @Test
    void aCodeIsUniqueAmongSiblingsOnly() {
        Actor admin = fixtures.platformAdmin();
        TreeNode edition = trees.edition("2", "14", "测试版", "测试出版社");
        TreeNode grade = editing.add(admin, edition.id(), NodeLevel.GRADE, " 21 ", " 七年级 ", null);
        assertThat(grade.code()).isEqualTo("21");
        assertThat(grade.name()).isEqualTo("七年级");

        assertThatThrownBy(() -> editing.add(admin, edition.id(), NodeLevel.GRADE, "21", "又一个七年级", null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("taxonomy.code.taken");
                });
        TreeNode other = trees.edition("2", "14", "另一版", "另一出版社");
        assertThat(editing.add(admin, other.id(), NodeLevel.GRADE, "21", "七年级", null).parentId())
                .isEqualTo(other.id());
    }

    @Test
    void levelsFollowTheTreeAndStandardLevelsTakeNationalCodes() {
        Actor admin = fixtures.platformAdmin();
        TreeNode edition = trees.edition("1", "14", "测试版", "测试出版社");
        assertThat(refusal(() -> editing.add(admin, edition.id(), NodeLevel.SUBJECT, "14", "数学", null)))
                .isEqualTo("taxonomy.level.misplaced");
        assertThat(refusal(() -> editing.add(admin, edition.id(), NodeLevel.GRADE, "19", "十九年级", null)))
                .isEqualTo("taxonomy.code.notStandard");
        assertThat(refusal(() -> editing.add(admin, trees.at("1/14").id(), NodeLevel.EDITION, "x" + Fixtures.unique(),
                "无出版社版", " "))).isEqualTo("taxonomy.publisher.required");
        assertThat(refusal(() -> editing.add(admin, null, NodeLevel.SUBJECT, "14", "数学", null)))
                .isEqualTo("taxonomy.level.rootOnlyStage");
        TreeNode lesson = trees.chain(edition, NodeLevel.VOLUME, NodeLevel.LESSON);
        assertThat(lesson.level()).isEqualTo(NodeLevel.LESSON);
        assertThat(refusal(() -> editing.add(admin, lesson.id(), NodeLevel.LESSON, "k", "课时下的课时", null)))
                .isEqualTo("taxonomy.level.misplaced");
    }

    @Test
    void aRetiredNodeKeepsItsPlaceButTakesNoNewPlacementOrChild() {
        Actor admin = fixtures.platformAdmin();
        TreeNode chapter = trees.chain(trees.edition("2", "41", "测试版", "测试出版社"), NodeLevel.GRADE,
                NodeLevel.VOLUME, NodeLevel.CHAPTER);
        TreeNode lesson = trees.child(chapter, NodeLevel.LESSON, "k1", "第一课时");

        assertThat(editing.retire(admin, chapter.id()).retired()).isTrue();

        assertThat(tree.node(lesson.id())).get().extracting(TreeNode::retired).isEqualTo(true);
        assertThat(tree.place(lesson.id()).label()).endsWith("第一课时");
        assertThat(refusal(() -> tree.places(List.of(lesson.id())))).isEqualTo("taxonomy.node.unknown");
        assertThat(refusal(() -> editing.add(admin, chapter.id(), NodeLevel.LESSON, "k2", "第二课时", null)))
                .isEqualTo("taxonomy.parent.retired");
        assertThat(refusal(() -> editing.rename(admin, chapter.id(), "新名", null))).isEqualTo("taxonomy.node.retired");
        assertThat(audit.search(new AuditQuery(null, null, null, "TEXTBOOK_NODE_RETIRED", null, null, null, 5)))
                .first().satisfies(e -> assertThat(e.targetId()).isEqualTo(String.valueOf(chapter.id())));
    }

    @Test
    void reorderAndMoveKeepTheTreeConsistent() {
        Actor admin = fixtures.platformAdmin();
        TreeNode volume = trees.chain(trees.edition("2", "13", "测试版", "测试出版社"), NodeLevel.GRADE, NodeLevel.VOLUME);
        TreeNode first = trees.child(volume, NodeLevel.CHAPTER, "c1", "第一章");
        TreeNode second = trees.child(volume, NodeLevel.CHAPTER, "c2", "第二章");
        TreeNode lesson = trees.child(second, NodeLevel.LESSON, "k1", "课时");

        editing.reorder(admin, second.id(), true);
        assertThat(tree.children(volume.id())).extracting(TreeNode::code).containsExactly("c2", "c1");
        editing.reorder(admin, second.id(), true);
        assertThat(tree.children(volume.id())).extracting(TreeNode::code).containsExactly("c2", "c1");

        editing.move(admin, lesson.id(), first.id());
        assertThat(tree.children(first.id())).extracting(TreeNode::id).containsExactly(lesson.id());
        assertThat(tree.place(lesson.id()).label()).endsWith("第一章 · 课时");
        assertThat(refusal(() -> editing.move(admin, first.id(), lesson.id()))).isEqualTo("taxonomy.move.intoItself");

        assertThat(refusal(() -> editing.move(admin, second.id(), first.id()))).isEqualTo("taxonomy.level.misplaced");
        TreeNode otherVolume = trees.child(tree.node(volume.parentId()).orElseThrow(), NodeLevel.VOLUME, "x", "下册");
        editing.move(admin, second.id(), otherVolume.id());
        assertThat(tree.place(lesson.id()).ancestorIds()).doesNotContain(second.id());
        assertThat(tree.children(otherVolume.id())).extracting(TreeNode::id).containsExactly(second.id());
        editing.rename(admin, second.id(), "第二节", null);
        assertThat(tree.node(second.id())).get().extracting(TreeNode::name).isEqualTo("第二节");
    }

    @Test
    void onlyPlatformAdministratorsEditTheTree() {
        TreeNode subject = trees.at("2/14");
        Actor region = fixtures.actor(fixtures.aPerson().regionAdmin("130000").build());
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().at(fixtures.aSchool().build()).build());
        for (Actor actor : List.of(region, teacher)) {
            assertThat(editing.mayEdit(actor)).isFalse();
            assertThatThrownBy(() -> editing.add(actor, subject.id(), NodeLevel.EDITION, "x", "版", "社"))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
            assertThatThrownBy(() -> editing.retire(actor, subject.id())).isInstanceOf(DomainException.class);
        }
        assertThat(tree.node(subject.id())).get().extracting(TreeNode::retired).isEqualTo(false);
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }
}
