package org.renrentong.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every kind, channel and message a listener writes has its text in both languages. */
class NotificationMessagesTest {

    @Test
    void everyKeyTheModuleWritesExistsInChineseAndEnglish() throws IOException {
        List<String> keys = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            keys.add("notification.kind." + kind.name());
        }
        for (Channel channel : Channel.values()) {
            keys.add("notification.channel." + channel.name());
        }
        for (String decision : new String[] {"PUBLISHED", "REJECTED", "RETIRED"}) {
            keys.add("notification.review." + decision);
        }
        for (String end : new String[] {"DONE", "REJECTED", "FAILED"}) {
            keys.add("notification.import." + end);
        }
        keys.add("notification.comment.pending");
        keys.add("notification.guardianConsent.asked");
        for (String suffix : new String[] {"", "_en"}) {
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(getClass().getClassLoader()
                    .getResourceAsStream("i18n/notification" + suffix + ".properties"), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            assertThat(keys.stream().filter(k -> !p.containsKey(k))).as("missing in notification" + suffix).isEmpty();
        }
    }
}
