package org.renrentong.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;

/**
 * Reads the textbook tree: nodes, children, where a node sits, and the labels of the standard levels. The tree is
 * national reference data, readable by everyone; {@link TreeEditing} changes it and {@link TreeTransfer} imports and
 * exports it.
 */
@Service
public class TextbookTree {

    private final TreeRepository repository;
    private final StandardCodes codes;

    TextbookTree(TreeRepository repository, StandardCodes codes) {
        this.repository = repository;
        this.codes = codes;
    }

    public Optional<TreeNode> node(long id) {
        return repository.find(id).map(NodeRow::node);
    }

    /** The children of a node in their order, retired ones included; null gives the stages. */
    public List<TreeNode> children(Long parentId) {
        return repository.children(parentId).stream().map(NodeRow::node).toList();
    }

    /** The node at a code path from the stages down, such as "2/14/rj/21/s" (初中/数学/人教版/七年级/上册). */
    public Optional<TreeNode> at(String codePath) {
        TreeNode node = null;
        for (String code : codePath.trim().split("/")) {
            Long parent = node == null ? null : node.id();
            Optional<NodeRow> child = repository.child(parent, code.trim());
            if (child.isEmpty()) {
                return Optional.empty();
            }
            node = child.get().node();
        }
        return Optional.ofNullable(node);
    }

    /**
     * The places at these code paths (see {@link #at}), found together: a query per level of the deepest path, however
     * many paths there are. A path that leads to no node, or to a retired one, has none.
     */
    public Map<String, TreePlace> placesAt(Collection<String> codePaths) {
        Map<String, String[]> open = new HashMap<>();
        Map<String, List<NodeRow>> chains = new HashMap<>();
        for (String path : codePaths) {
            open.put(path, Arrays.stream(path.trim().split("/")).map(String::trim).toArray(String[]::new));
            chains.put(path, new ArrayList<>());
        }
        for (int level = 0; !open.isEmpty(); level++) {
            Set<Long> parents = new HashSet<>();
            Set<String> codes = new HashSet<>();
            for (Map.Entry<String, String[]> e : open.entrySet()) {
                parents.add(parentOf(chains.get(e.getKey())));
                codes.add(e.getValue()[level]);
            }
            Map<String, NodeRow> found = new HashMap<>();
            repository.children(parents, codes).forEach(r -> found.put(
                    (r.node().parentId() == null ? 0L : r.node().parentId()) + "/" + r.node().code(), r));
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                List<NodeRow> chain = chains.get(e.getKey());
                NodeRow row = found.get(parentOf(chain) + "/" + e.getValue()[level]);
                if (row == null) {
                    chains.remove(e.getKey());
                    it.remove();
                    continue;
                }
                chain.add(row);
                if (e.getValue().length == level + 1) {
                    it.remove();
                }
            }
        }
        Map<String, TreePlace> places = new HashMap<>();
        chains.forEach((path, chain) -> {
            if (!chain.get(chain.size() - 1).node().retired()) {
                places.put(path, place(chain));
            }
        });
        return places;
    }

    private static long parentOf(List<NodeRow> chain) {
        return chain.isEmpty() ? 0L : chain.get(chain.size() - 1).id();
    }

    /** The edition of a node of level EDITION, with its publisher. */
    public Optional<Edition> edition(long nodeId) {
        return repository.find(nodeId).filter(n -> n.level() == NodeLevel.EDITION)
                .map(n -> new Edition(n.code(), n.node().name(), n.publisher()));
    }

    /** Where a node sits, retired or not: what was placed there before its retirement stays readable. */
    public TreePlace place(long nodeId) {
        NodeRow row = repository.find(nodeId).orElseThrow(() -> DomainException.notFound("taxonomy.node.unknown"));
        return places(List.of(row)).get(0);
    }

    /** The places of nodes a new placement goes to: every one must exist and be in use, or nothing is returned. */
    public List<TreePlace> places(Collection<Long> nodeIds) {
        Set<Long> wanted = new LinkedHashSet<>(nodeIds);
        Map<Long, NodeRow> found = repository.findAll(wanted).stream()
                .collect(Collectors.toMap(NodeRow::id, n -> n));
        List<NodeRow> rows = new ArrayList<>();
        for (Long id : wanted) {
            NodeRow row = found.get(id);
            if (row == null || row.node().retired()) {
                throw DomainException.invalid("taxonomy.node.unknown");
            }
            rows.add(row);
        }
        return places(rows);
    }

    /** The standard stages, subjects and grades, for facet and filter labels. */
    public List<CodeName> stages() {
        return codes.of(NodeLevel.STAGE);
    }

    /** Every subject, retired ones included (marked), so that older resources and nodes keep their labels. */
    public List<CodeName> subjects() {
        return codes.of(NodeLevel.SUBJECT);
    }

    /** The subjects offered for new nodes and new assignments. */
    public List<CodeName> currentSubjects() {
        return codes.current(NodeLevel.SUBJECT);
    }

    public boolean subjectRetired(String code) {
        return codes.find(NodeLevel.SUBJECT, code).map(CodeName::retired).orElse(false);
    }

    public List<CodeName> grades() {
        return codes.of(NodeLevel.GRADE);
    }

    /** The editions in use, one per code, each with its publisher. */
    public List<Edition> editions() {
        return repository.distinctByCode(NodeLevel.EDITION).stream()
                .map(n -> new Edition(n.code(), n.node().name(), n.publisher())).toList();
    }

    private List<TreePlace> places(List<NodeRow> rows) {
        Set<Long> ancestorIds = rows.stream().flatMap(r -> pathIds(r.path()).stream())
                .collect(Collectors.toSet());
        Map<Long, NodeRow> ancestors = new HashMap<>();
        repository.findAll(ancestorIds).forEach(a -> ancestors.put(a.id(), a));
        return rows.stream().map(r -> place(pathIds(r.path()).stream().map(ancestors::get).toList())).toList();
    }

    private static TreePlace place(List<NodeRow> path) {
        Map<NodeLevel, String> named = new HashMap<>();
        path.forEach(n -> named.put(n.level(), n.code()));
        String label = path.stream().map(NodeRow::label).collect(Collectors.joining(" · "));
        return new TreePlace(path.get(path.size() - 1).id(), path.stream().map(NodeRow::node).toList(),
                named.get(NodeLevel.STAGE), named.get(NodeLevel.SUBJECT), named.get(NodeLevel.EDITION),
                named.get(NodeLevel.GRADE), label);
    }

    static List<Long> pathIds(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
