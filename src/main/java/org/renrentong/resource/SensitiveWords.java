package org.renrentong.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Finds words of the sensitive-word list in a text, for the reviewer to look at. Both sides are normalised
 * (NFKC, lower case, without spaces and punctuation), so "赌 博", "赌-博" and full-width letters still match.
 */
@Component
public class SensitiveWords {

    static final String LIST = "resource/sensitive-words.txt";

    private final List<String> words;

    SensitiveWords() {
        this(load());
    }

    SensitiveWords(List<String> words) {
        this.words = words.stream().map(SensitiveWords::normalise).filter(w -> !w.isEmpty()).distinct().toList();
    }

    /** The listed words found in any of the texts, in list order; empty when none. */
    public List<String> find(String... texts) {
        StringBuilder all = new StringBuilder();
        for (String text : texts) {
            if (text != null) {
                all.append(normalise(text)).append('\u0000');
            }
        }
        String haystack = all.toString();
        Set<String> found = new LinkedHashSet<>();
        for (String word : words) {
            if (haystack.contains(word)) {
                found.add(word);
            }
        }
        return List.copyOf(found);
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\p{Z}\\s\\p{P}\\p{S}]", "");
    }

    private static List<String> load() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
