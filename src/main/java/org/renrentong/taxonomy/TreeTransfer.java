package org.renrentong.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import and export of the textbook tree or one of its subtrees, as JSON ({@link TreeFile}) or as an .xlsx sheet
 * ({@link TreeSheet}). An import is checked whole first and applied whole or not at all.
 */
@Service
public class TreeTransfer {

    private final TreeRepository repository;
    private final TreeImport treeImport;
    private final AuditLog audit;

    TreeTransfer(TreeRepository repository, TreeImport treeImport, AuditLog audit) {
        this.repository = repository;
        this.treeImport = treeImport;
        this.audit = audit;
    }

    /** The subtree under a node with the chain of its ancestors, or the whole tree when nodeId is null. */
    public TreeFile export(Long nodeId) {
        List<TreeFile.FileNode> nodes = new ArrayList<>();
        if (nodeId == null) {
            for (NodeRow stage : repository.children(null)) {
                nodes.add(nested(repository.subtree(stage.path())));
            }
            return new TreeFile(TreeFile.FORMAT, 1, nodes);
        }
        NodeRow root = repository.find(nodeId).orElseThrow(() -> DomainException.notFound("taxonomy.node.unknown"));
        TreeFile.FileNode below = nested(repository.subtree(root.path()));
        List<Long> pathIds = TextbookTree.pathIds(root.path());
        Map<Long, NodeRow> ancestors = new HashMap<>();
        repository.findAll(pathIds).forEach(a -> ancestors.put(a.id(), a));
        // wrap the subtree in its ancestors, nearest first, so the file starts at the stage
        for (int i = pathIds.size() - 2; i >= 0; i--) {
            NodeRow ancestor = ancestors.get(pathIds.get(i));
            below = new TreeFile.FileNode(ancestor.level(), ancestor.code(), ancestor.node().name(),
                    ancestor.publisher(), ancestor.node().retired(), List.of(below));
        }
        return new TreeFile(TreeFile.FORMAT, 1, List.of(below));
    }

    public void exportXlsx(Long nodeId, OutputStream out) throws IOException {
        TreeSheet.write(rows(export(nodeId)), out);
    }

    @Transactional
    public ImportResult importJson(Actor actor, TreeFile file) {
        requireEditor(actor);
        return importRows(actor, rows(checkedFormat(file)));
    }

    @Transactional
    public ImportResult importXlsx(Actor actor, InputStream in) {
        requireEditor(actor);
        return importRows(actor, TreeSheet.read(in));
    }

    /** Checks rows without writing anything, for a report before the real import. */
    List<ImportProblem> check(Actor actor, List<TreeRow> rows) {
        requireEditor(actor);
        return treeImport.check(rows);
    }

    @Transactional
    ImportResult importRows(Actor actor, List<TreeRow> rows) {
        requireEditor(actor);
        return imported(actor, rows);
    }

    /** Loads shipped reference data; nobody acts, so nothing is audited. */
    @Transactional
    ImportResult load(TreeFile file) {
        List<TreeRow> rows = rows(file);
        repository.lockForWriting();
        List<ImportProblem> problems = treeImport.check(rows);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The shipped textbook tree does not import: " + problems);
        }
        return treeImport.apply(rows);
    }

    private ImportResult imported(Actor actor, List<TreeRow> rows) {
        repository.lockForWriting();
        List<ImportProblem> problems = treeImport.check(rows);
        if (!problems.isEmpty()) {
            return ImportResult.refused(problems);
        }
        ImportResult result = treeImport.apply(rows);
        audit.record(actor.audited("TEXTBOOK_TREE_IMPORTED", "textbook_tree", null, null, null,
                result.added(), result.updated(), result.unchanged()));
        return result;
    }

    void requireEditor(Actor actor) {
        TaxonomyPolicy.requireEditor(actor);
    }

    /** Builds the nested form from a subtree listed parents first. */
    private static TreeFile.FileNode nested(List<NodeRow> subtree) {
        Map<Long, List<NodeRow>> children = new HashMap<>();
        subtree.forEach(n -> children.computeIfAbsent(n.node().parentId(), k -> new ArrayList<>()).add(n));
        return nested(subtree.get(0), children);
    }

    private static TreeFile.FileNode nested(NodeRow node, Map<Long, List<NodeRow>> children) {
        List<TreeFile.FileNode> below = children.getOrDefault(node.id(), List.of()).stream()
                .map(c -> nested(c, children)).toList();
        return new TreeFile.FileNode(node.level(), node.code(), node.node().name(), node.publisher(),
                node.node().retired(), below);
    }

    static TreeFile checkedFormat(TreeFile file) {
        if (file == null || !TreeFile.FORMAT.equals(file.format())) {
            throw DomainException.invalid("taxonomy.import.format");
        }
        return file;
    }

    /** Flattens a file depth-first; a node's "line" is its ordinal in that order. */
    static List<TreeRow> rows(TreeFile file) {
        List<TreeRow> rows = new ArrayList<>();
        file.nodes().forEach(n -> flatten(n, "", rows));
        return rows;
    }

    private static void flatten(TreeFile.FileNode node, String parentPath, List<TreeRow> rows) {
        TreeRow row = new TreeRow(rows.size() + 1, node.level(), node.level() == null ? "" : node.level().name(),
                parentPath, node.code(), node.name(), node.publisher(), node.retired());
        rows.add(row);
        node.children().forEach(c -> flatten(c, row.codePath(), rows));
    }
}
