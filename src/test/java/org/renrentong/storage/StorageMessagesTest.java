package org.renrentong.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the storage module throws or shows exists in Chinese and English, and the pair matches. */
class StorageMessagesTest {

    private static final Pattern THROWN = Pattern.compile(
            "(?:invalid|notFound|conflict)\\(\\s*\"([a-zA-Z.]+)\"|DomainException\\(HttpStatus\\.\\w+, \"([a-zA-Z.]+)\"");
    private static final Pattern TEMPLATE = Pattern.compile("#\\{([a-zA-Z][a-zA-Z.]+)[}(]");

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Set<String> keys = find(Path.of("src/main/java/org/renrentong/storage"), ".java", THROWN);
        keys.addAll(find(Path.of("src/main/resources/templates/storage"), ".html", TEMPLATE));
        assertThat(keys).contains("upload.type.notAllowed", "upload.tooLarge", "upload.widget.progress");
        Properties chinese = read("i18n/storage.properties");
        Properties english = read("i18n/storage_en.properties");
        assertThat(keys.stream().filter(k -> !chinese.containsKey(k))).as("missing in Chinese").isEmpty();
        assertThat(keys.stream().filter(k -> !english.containsKey(k))).as("missing in English").isEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(chinese.keySet());
    }

    private static Set<String> find(Path folder, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return found;
    }

    private static Properties read(String resource) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(StorageMessagesTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
