package org.renrentong.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TreeBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

@IntegrationTest
class TextbookTreeTest {

    @Autowired
    TextbookTree tree;
    @Autowired
    TreeBuilder trees;

    @Test
    void theSampleTellsTwoEditionsOfTheSameBookApartByEditionAndPublisher() {
        TreePlace pep = tree.place(trees.at("2/14/rj/21/s/c1/s1/k1").id());
        TreePlace bnu = tree.place(trees.at("2/14/bsd/21/s/c1/k1").id());

        assertThat(pep.label()).isEqualTo(
                "初中 · 数学 · 人教版（人民教育出版社） · 七年级 · 上册 · 第一章 有理数 · 1.1 正数和负数 · 生活中的正负数");
        assertThat(bnu.label()).startsWith("初中 · 数学 · 北师大版（北京师范大学出版社） · 七年级 · 上册 · ");
        assertThat(List.of(pep.stageCode(), pep.subjectCode(), pep.editionCode(), pep.gradeCode()))
                .containsExactly("2", "14", "rj", "21");
        assertThat(bnu.editionCode()).isEqualTo("bsd");
        assertThat(pep.ancestorIds()).hasSize(8).endsWith(pep.nodeId());
        assertThat(pep.path().get(0).level()).isEqualTo(NodeLevel.STAGE);
        assertThat(tree.editions()).contains(new Edition("rj", "人教版", "人民教育出版社"),
                new Edition("bsd", "北师大版", "北京师范大学出版社"), new Edition("wy", "外研版", "外语教学与研究出版社"));
    }

    @Test
    void theStandardCodesLabelTheFacets() {
        assertThat(tree.stages()).extracting(CodeName::name).contains("小学", "初中", "高中");
        assertThat(tree.subjects()).contains(new CodeName("13", "语文"), new CodeName("14", "数学"),
                new CodeName("41", "英语"));
        assertThat(tree.grades()).contains(new CodeName("11", "一年级"), new CodeName("21", "七年级"));
        assertThat(tree.children(null)).extracting(TreeNode::code).contains("1", "2");
    }

    @Test
    void placesOfUnknownNodesAreRefusedWhole() {
        long known = trees.at("1/13/tb/11").id();
        assertThatThrownBy(() -> tree.places(List.of(known, -1L)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.messageKey()).isEqualTo("taxonomy.node.unknown");
                });
        assertThatThrownBy(() -> tree.place(-1L)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(tree.places(List.of(known, known))).singleElement()
                .satisfies(p -> assertThat(p.label()).isEqualTo("小学 · 语文 · 统编版（人民教育出版社） · 一年级"));
    }

    @Test
    void placesAtCodePathsAreFoundTogetherAndUnknownOnesLeftOut() {
        TreePlace pep = tree.place(trees.at("2/14/rj/21/s/c1/s1/k1").id());
        TreePlace grade = tree.place(trees.at("1/13/tb/11").id());

        var places = tree.placesAt(List.of("2/14/rj/21/s/c1/s1/k1", " 1/13/tb/11 ", "2/14/rj/99", "9", ""));

        assertThat(places).containsOnlyKeys("2/14/rj/21/s/c1/s1/k1", " 1/13/tb/11 ");
        assertThat(places.get("2/14/rj/21/s/c1/s1/k1")).isEqualTo(pep);
        assertThat(places.get(" 1/13/tb/11 ")).isEqualTo(grade);
    }
}
