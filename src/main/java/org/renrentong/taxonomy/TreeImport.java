package org.renrentong.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Checks every row of an import before anything is written, then applies them all. Rows are matched to the tree by
 * code path, so importing the same file again updates what is there instead of adding a copy.
 */
@Component
class TreeImport {

    /** What the file will make of one code path: the level and status it will have once applied. */
    private record Planned(NodeLevel level, boolean retired) {
    }

    private final TreeRepository repository;
    private final StandardCodes codes;

    TreeImport(TreeRepository repository, StandardCodes codes) {
        this.repository = repository;
        this.codes = codes;
    }

    List<ImportProblem> check(List<TreeRow> rows) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Planned> planned = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Lookup lookup = new Lookup(repository);
        for (TreeRow row : rows) {
            try {
                planned.put(row.codePath(), check(row, planned, firstLine, lookup));
                firstLine.put(row.codePath(), row.line());
            } catch (DomainException e) {
                problems.add(new ImportProblem(row.line(), row.codePath(), e.messageKey(), e.args()));
            }
        }
        if (rows.isEmpty()) {
            problems.add(new ImportProblem(0, "", "taxonomy.import.empty", new Object[0]));
        }
        return problems;
    }

    private Planned check(TreeRow row, Map<String, Planned> planned, Map<String, Integer> firstLine, Lookup lookup) {
        if (row.level() == null) {
            throw DomainException.invalid("taxonomy.import.level", String.valueOf(row.levelText()));
        }
        if (row.retired() == null) {
            throw DomainException.invalid("taxonomy.import.status");
        }
        String code = NodeRules.code(row.code());
        NodeRules.name(row.name());
        NodeRules.publisher(row.level(), row.publisher());
        NodeRules.standard(codes, row.level(), code);
        if (firstLine.containsKey(row.codePath())) {
            throw DomainException.invalid("taxonomy.import.duplicate", firstLine.get(row.codePath()));
        }
        Planned parent = row.parentPath().isEmpty() ? null : planned.get(row.parentPath());
        if (parent == null && !row.parentPath().isEmpty()) {
            parent = lookup.find(row.parentPath()).map(n -> new Planned(n.level(), n.node().retired())).orElseThrow(
                    () -> DomainException.invalid("taxonomy.import.parentUnknown", row.parentPath()));
        }
        NodeRules.level(row.level(), parent == null ? null : parent.level());
        if (row.level() == NodeLevel.GRADE) {
            NodeRules.gradeInStage(codes, code, row.codePath().split("/")[0].trim());
        }
        if (parent != null && parent.retired() && !row.retired()) {
            throw DomainException.invalid("taxonomy.import.parentRetired", row.parentPath());
        }
        Optional<NodeRow> existing = lookup.find(row.codePath());
        if (existing.isEmpty()) {
            NodeRules.notRetired(codes, row.level(), code);
        }
        if (existing.isPresent() && existing.get().level() != row.level()) {
            throw DomainException.invalid("taxonomy.import.levelChanged", existing.get().level().ordinal());
        }
        return new Planned(row.level(), row.retired());
    }

    /**
     * Applies checked rows, parents first as in the file. New nodes follow their existing siblings in file order;
     * nodes already in the tree keep their place, so importing a subtree never reorders what lies around it.
     */
    ImportResult apply(List<TreeRow> rows) {
        Lookup lookup = new Lookup(repository);
        int added = 0;
        int updated = 0;
        for (TreeRow row : rows) {
            String name = row.name().trim();
            String publisher = NodeRules.publisher(row.level(), row.publisher());
            Optional<NodeRow> existing = lookup.find(row.codePath());
            if (existing.isEmpty()) {
                NodeRow parent = row.parentPath().isEmpty() ? null : lookup.find(row.parentPath()).orElseThrow();
                long id = repository.insert(parent == null ? null : parent.id(), parent == null ? "/" : parent.path(),
                        row.level(), row.code().trim(), name, publisher);
                repository.setRetired(id, row.retired());
                added++;
                continue;
            }
            NodeRow node = existing.get();
            boolean changed = !node.node().name().equals(name) || !Objects.equals(node.publisher(), publisher)
                    || node.node().retired() != row.retired();
            if (changed) {
                repository.update(node.id(), name, publisher);
                repository.setRetired(node.id(), row.retired());
                lookup.forget(row.codePath());
                updated++;
            }
        }
        return new ImportResult(true, added, updated, rows.size() - added - updated, List.of());
    }

    /** Finds nodes by code path ("2/14/rj"), walking down from the stages and remembering what it found. */
    private static final class Lookup {

        private final TreeRepository repository;
        private final Map<String, Optional<NodeRow>> found = new HashMap<>();

        Lookup(TreeRepository repository) {
            this.repository = repository;
        }

        Optional<NodeRow> find(String codePath) {
            Optional<NodeRow> known = found.get(codePath);
            if (known != null && known.isPresent()) {
                return known;
            }
            int slash = codePath.lastIndexOf('/');
            Optional<NodeRow> parent = slash < 0 ? Optional.empty() : find(codePath.substring(0, slash));
            Optional<NodeRow> node = slash >= 0 && parent.isEmpty() ? Optional.empty()
                    : repository.child(parent.map(NodeRow::id).orElse(null), codePath.substring(slash + 1));
            found.put(codePath, node);
            return node;
        }

        void forget(String codePath) {
            found.remove(codePath);
        }
    }
}
