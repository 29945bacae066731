package org.renrentong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration never changes once it has landed: databases out there have run it. Each one is listed with its
 * SHA-256 in {@code upgrade/landed-migrations.txt}; a new migration takes the next number and joins the list.
 */
class LandedMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path LANDED = Path.of("src/test/resources/upgrade/landed-migrations.txt");

    @Test
    void everyMigrationIsListedAndUnchanged() throws IOException {
        Map<String, String> landed = Files.readAllLines(LANDED, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split(" "))
                .collect(Collectors.toMap(f -> f[0], f -> f[1], (a, b) -> a, TreeMap::new));
        Map<String, String> present = new TreeMap<>();
        for (Path file : migrations()) {
            present.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
        }
        assertThat(landed.keySet()).as("landed migrations that are gone").isSubsetOf(present.keySet());
        assertThat(present.keySet()).as("migrations not listed in " + LANDED).isSubsetOf(landed.keySet());
        landed.forEach((name, hash) -> assertThat(present.get(name))
                .as(name + " changed after it landed: add a new migration instead").isEqualTo(hash));
    }

    @Test
    void versionsAreUnique() throws IOException {
        assertThat(migrations().stream().map(f -> f.getFileName().toString().split("__")[0]).toList())
                .doesNotHaveDuplicates();
    }

    /** Each module keeps its migrations in a folder of its own; the versions form one sequence across them. */
    private static java.util.List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            return files.filter(f -> f.toString().endsWith(".sql")).toList();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
