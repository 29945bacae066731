package org.renrentong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module documentation in {@code docs/modules} (the arrows between modules, and each module's canvas: its API,
 * the events it publishes and listens to) is what the code generates. When the code changes, regenerate it with
 * the command in the failure message and commit the result.
 */
class ModuleDocumentationTest {

    static final Path COMMITTED = Path.of("docs/modules");
    private static final Path GENERATED = Path.of("target/module-docs");
    private static final String WRITE = "renrentong.docs.write";
    private static final String REGENERATE = "./mvnw -o -q test -Dtest=ModuleDocumentationTest -D" + WRITE + "=true";

    @Test
    void committedDocumentationIsWhatTheCodeGenerates() throws IOException {
        new Documenter(ApplicationModules.of(RenrentongApplication.class),
                Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeDocumentation();
        Map<String, String> generated = files(GENERATED);
        if (Boolean.getBoolean(WRITE)) {
            write(generated);
        }
        assertThat(files(COMMITTED))
                .as("docs/modules differs from the generated documentation; regenerate it: " + REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void theOrderOfListsIsNoChange() {
        String canvas = "|Events listened to\n|* `B` \n* `A` \n|===";
        assertThat(inStableOrder(canvas)).isEqualTo(inStableOrder("|Events listened to\n|* `A` \n* `B` \n|==="))
                .isNotEqualTo(inStableOrder("|Events listened to\n|* `A` \n* `C` \n|==="));
        assertThat(inStableOrder("Rel(b)\nRel(a)\n}")).isEqualTo("Rel(a)\nRel(b)\n}");
    }

    /** Replaces the generated files in docs/modules; its README, written by hand, stays. */
    private static void write(Map<String, String> generated) throws IOException {
        for (String stale : files(COMMITTED).keySet()) {
            Files.delete(COMMITTED.resolve(stale));
        }
        Files.createDirectories(COMMITTED);
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Files.writeString(COMMITTED.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The generator lists a diagram's elements and arrows, and a canvas's items (beans, events), in an order that
     * changes from run to run: each run of {@code Component(} lines, of {@code Rel(} lines, and each list of a
     * canvas cell is sorted, so that only a real change shows.
     */
    static String inStableOrder(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || !continues(lines.get(start), lines.get(i))) {
                sort(lines.subList(start, i));
                start = i;
            }
        }
        return String.join("\n", lines);
    }

    private static boolean continues(String first, String line) {
        String kind = kind(first);
        return !kind.isEmpty() && kind.equals(kind(line)) && !line.startsWith("|");
    }

    private static String kind(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") ? "Rel(" : trimmed.startsWith("Component(") ? "Component("
                : trimmed.startsWith("* ") || trimmed.startsWith("|* ") ? "* " : "";
    }

    /** Sorts a run of lines; a canvas list keeps the cell mark ("|") on its first line. */
    private static void sort(List<String> run) {
        boolean cell = run.get(0).startsWith("|");
        if (cell) {
            run.set(0, run.get(0).substring(1));
        }
        Collections.sort(run);
        if (cell) {
            run.set(0, "|" + run.get(0));
        }
    }

    /** The generated kind of files (PlantUML diagrams, AsciiDoc canvases) in the folder, by name. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc"))
                    .toList()) {
                files.put(file.getFileName().toString(), inStableOrder(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return files;
    }
}
