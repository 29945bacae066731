package org.renrentong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which module owns which table, and which classes name another module's tables in their SQL.
 * <p>
 * A module owns the tables and views its migrations ({@code <migrations>/<module>/V*.sql}, in version order)
 * create and do not drop. Its tables are its own; its views are its published read API, open to the modules
 * allowed to depend on it (the {@code allowedDependencies} of their package-info).
 * <p>
 * SQL is read from the compiled classes' string constants ({@link ClassConstants}), so comments never count. A
 * table is named where an upper-case SQL keyword ({@code FROM}, {@code JOIN}, {@code INTO}, {@code UPDATE},
 * {@code TABLE}, {@code USING}) precedes it; prose such as "from school" in a log line is not SQL.
 */
final class TableOwnership {

    private static final Pattern CREATES = Pattern.compile(
            "(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(TABLE|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern DROPS = Pattern.compile(
            "(?i)\\bDROP\\s+(?:TABLE|VIEW)\\s+(?:IF\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern NAMES = Pattern.compile(
            "\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|USING)\\s+(?:ONLY\\s+)?([a-z_][a-z0-9_]*)"
            // the second table of a comma-separated FROM list: "FROM a x, b y"
            + "|\\bFROM\\s+[a-z_][a-z0-9_]*(?:\\s+[a-z]{1,3})?\\s*,\\s*([a-z_][a-z0-9_]*)");

    /** What a module's migrations create: its private tables and its published views. */
    record Owned(String module, boolean view) {
    }

    /** A class that names a table of another module, which it may not read. */
    record Violation(String module, String className, String table, String owner) {
        @Override
        public String toString() {
            return module + ": " + className + " names " + table + " (owned by " + owner + ")";
        }
    }

    private final Map<String, Owned> owners;

    private TableOwnership(Map<String, Owned> owners) {
        this.owners = owners;
    }

    /** The owners of the tables and views the migrations under the folder create, a sub-folder per module. */
    static TableOwnership fromMigrations(Path migrations) {
        Map<String, Owned> owners = new TreeMap<>();
        try (Stream<Path> files = Files.walk(migrations)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted(byVersion()).toList()) {
                String module = migrations.relativize(file).getName(0).toString();
                String sql = withoutComments(Files.readString(file));
                Matcher created = CREATES.matcher(sql);
                while (created.find()) {
                    owners.putIfAbsent(created.group(2), new Owned(module, created.group(1).equalsIgnoreCase("VIEW")));
                }
                // a dropped table belongs to nobody any more (a table moving to another module is created anew)
                Matcher dropped = DROPS.matcher(sql);
                while (dropped.find()) {
                    owners.remove(dropped.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TableOwnership(owners);
    }

    Map<String, Owned> owners() {
        return owners;
    }

    /**
     * The foreign tables named by the classes under {@code classes}/{@code basePackage}, each class in the module
     * of its first package below the base; {@code allowed} gives each module the modules it may depend on.
     */
    List<Violation> violations(Path classes, String basePackage, Function<String, Set<String>> allowed) {
        Path root = classes.resolve(basePackage.replace('.', '/'));
        List<Violation> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                String className = basePackage + "." + relative.toString().replace('/', '.')
                        .replaceAll("\\.class$", "").replaceAll("\\$.*", "");
                for (String table : tablesNamedIn(file)) {
                    Owned owner = owners.get(table);
                    if (owner == null || owner.module().equals(module)) {
                        continue;
                    }
                    boolean published = owner.view() && allowed.apply(module).contains(owner.module());
                    if (!published) {
                        found.add(new Violation(module, className, table, owner.module()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.stream().distinct().toList();
    }

    /** The words after SQL keywords in the class's string constants. */
    static Set<String> tablesNamedIn(Path classFile) throws IOException {
        Set<String> tables = new TreeSet<>();
        for (String constant : ClassConstants.strings(classFile)) {
            Matcher named = NAMES.matcher(constant);
            while (named.find()) {
                tables.add(named.group(1) != null ? named.group(1) : named.group(2));
            }
        }
        return tables;
    }

    private static Comparator<Path> byVersion() {
        return Comparator.comparingInt(
                f -> Integer.parseInt(f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1")));
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }
}
