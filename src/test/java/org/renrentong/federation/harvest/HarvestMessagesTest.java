package org.renrentong.federation.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The labels the harvest pages build from enum names (states, run statuses, failure reasons) exist in both languages. */
class HarvestMessagesTest {

    @Test
    void everyEnumLabelExists() throws IOException {
        List<String> keys = new ArrayList<>();
        for (SourceState s : SourceState.values()) {
            keys.add("federation.harvest.state." + s.name());
        }
        for (HarvestRun.Status s : HarvestRun.Status.values()) {
            keys.add("federation.harvest.run." + s.name());
        }
        for (HarvestFailure.Reason r : HarvestFailure.Reason.values()) {
            keys.add("federation.harvest.reason." + r.name());
        }
        keys.add("federation.harvest.reason." + Harvester.INTERNAL);
        for (String suffix : List.of("", "_en")) {
            Properties p = new Properties();
            try (Reader in = new InputStreamReader(getClass().getClassLoader()
                    .getResourceAsStream("i18n/federation" + suffix + ".properties"), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            assertThat(keys.stream().filter(k -> !p.containsKey(k))).as("missing in federation" + suffix).isEmpty();
        }
    }
}
