package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.renrentong.search.Facet;
import org.renrentong.search.SearchSort;

/** The keys the pages build from enum names (type, status, action …) exist in both languages. */
class ResourceMessagesTest {

    @Test
    void everyEnumLabelExists() throws IOException {
        List<String> keys = new ArrayList<>();
        add(keys, "resource.type.", ResourceType.values());
        add(keys, "resource.audience.", Audience.values());
        add(keys, "resource.licence.", Licence.values());
        add(keys, "resource.visibility.", ResourceVisibility.values());
        add(keys, "resource.role.", FileRole.values());
        add(keys, "resource.status.", ReviewStatus.values());
        add(keys, "resource.action.", ReviewAction.values());
        add(keys, "resource.review.done.", ReviewAction.values());
        add(keys, "resource.comment.status.", Comment.Status.values());
        add(keys, "resource.facet.", Facet.values());
        add(keys, "resource.sort.", SearchSort.values());
        for (String suffix : new String[] {"", "_en"}) {
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(getClass().getClassLoader()
                    .getResourceAsStream("i18n/resource" + suffix + ".properties"), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            assertThat(keys.stream().filter(k -> !p.containsKey(k))).as("missing in resource" + suffix).isEmpty();
        }
    }

    private static void add(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            keys.add(prefix + v.name());
        }
    }
}
