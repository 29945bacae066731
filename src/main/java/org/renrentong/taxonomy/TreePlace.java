package org.renrentong.taxonomy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a node sits: its ancestors root-first (itself last) and the codes of the named levels on that path (null
 * where the path has no such level). The label names every step, the edition with its publisher, e.g.
 * 初中 · 数学 · 人教版（人民教育出版社） · 七年级 · 上册 · 第一章 有理数.
 */
public record TreePlace(long nodeId, List<TreeNode> path, String stageCode, String subjectCode, String editionCode,
                        String gradeCode, String label) {

    public TreePlace {
        path = List.copyOf(path);
    }

    /** All ids on the path, itself included. */
    public List<Long> ancestorIds() {
        return path.stream().map(TreeNode::id).toList();
    }

    /** The codes on the path joined by "/", the key by which imports match nodes, e.g. "2/14/rj/21/s". */
    public String codePath() {
        return path.stream().map(TreeNode::code).collect(Collectors.joining("/"));
    }

    public TreeNode node() {
        return path.get(path.size() - 1);
    }
}
