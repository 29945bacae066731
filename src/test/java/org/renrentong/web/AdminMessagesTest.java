package org.renrentong.web;

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

/**
 * Every message key the modules use — thrown by their services, named by their form constraints, written in any
 * template — exists in Chinese and in English, and every bundle pair holds the same keys.
 */
class AdminMessagesTest {

    /** The bundles the node loads, as configured, so that a module's new bundle is checked without a word here. */
    private static final String[] BUNDLES = configuredBundles();
    private static final Pattern THROWN = Pattern.compile(
            "(?:invalid|notFound|conflict)\\(\\s*\"([a-zA-Z.]+)\"|DomainException\\(HttpStatus\\.\\w+, \"([a-zA-Z.]+)\"");
    private static final Pattern CONSTRAINT = Pattern.compile("\"\\{([a-zA-Z.]+)}\"");
    private static final Pattern TEMPLATE = Pattern.compile("#\\{([a-zA-Z][a-zA-Z.]+)[}(]");

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        keys.addAll(find(Path.of("src/main/java/org/renrentong"), ".java", THROWN));
        keys.addAll(find(Path.of("src/main/java/org/renrentong"), ".java", CONSTRAINT));
        keys.addAll(find(Path.of("src/main/resources/templates"), ".html", TEMPLATE));
        assertThat(keys).contains("region.retired", "school.county.retired", "person.phone.taken", "group.invalid",
                "person.name.required", "people.pickSchool", "audit.title", "region.retire.confirm",
                "upload.type.notAllowed", "upload.widget.progress");

        Properties chinese = load("");
        Properties english = load("_en");
        assertThat(keys.stream().filter(k -> !chinese.containsKey(k))).as("missing in Chinese").isEmpty();
        assertThat(keys.stream().filter(k -> !english.containsKey(k))).as("missing in English").isEmpty();
    }

    @Test
    void eachModuleBundlePairHasTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            Properties zh = read(bundle + ".properties");
            Properties en = read(bundle + "_en.properties");
            assertThat(en.keySet()).as(bundle).containsExactlyInAnyOrderElementsOf(zh.keySet());
        }
    }

    private static String[] configuredBundles() {
        try {
            Matcher m = Pattern.compile("(?m)^\\s*basename:\\s*(\\S+)")
                    .matcher(Files.readString(Path.of("src/main/resources/application.yml")));
            assertThat(m.find()).as("spring.messages.basename in application.yml").isTrue();
            return m.group(1).split(",");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    private static Properties load(String suffix) throws IOException {
        Properties all = new Properties();
        for (String bundle : BUNDLES) {
            all.putAll(read(bundle + suffix + ".properties"));
        }
        return all;
    }

    private static Properties read(String resource) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(AdminMessagesTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
