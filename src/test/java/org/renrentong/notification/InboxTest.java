package org.renrentong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.renrentong.shared.PublicLinks;
import org.springframework.context.support.StaticMessageSource;

/** A notification goes on by the channels its person chose for its kind, once, in the node's default language. */
class InboxTest {

    record Sent(Channel channel, long personId, String text, String link) {
    }

    private final NotificationRepository notifications = mock(NotificationRepository.class);
    private final PreferenceRepository preferences = mock(PreferenceRepository.class);
    private final List<Sent> sent = new ArrayList<>();
    private final Inbox inbox;

    InboxTest() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("notification.import.DONE", Locale.SIMPLIFIED_CHINESE, "导入完成：{0}");
        PublicLinks links = mock(PublicLinks.class);
        when(links.to(any())).thenAnswer(a -> "https://node.example" + a.getArgument(0));
        NotificationSender sender = (channel, personId, kind, text, link) ->
                sent.add(new Sent(channel, personId, text, link));
        inbox = new Inbox(notifications, preferences, sender, messages, links);
    }

    private static NewNotification importDone(long personId) {
        return new NewNotification(personId, NotificationKind.IMPORT_FINISHED, "notification.import.DONE",
                List.of("3"), Target.IMPORT, "job-1", "import:job-1");
    }

    @Test
    void theChosenChannelsAreUsedAndOnlyThose() {
        when(notifications.insert(any())).thenReturn(Optional.of(1L));
        when(preferences.of(7, NotificationKind.IMPORT_FINISHED))
                .thenReturn(new Preference(NotificationKind.IMPORT_FINISHED, false, true));
        when(preferences.of(8, NotificationKind.IMPORT_FINISHED))
                .thenReturn(new Preference(NotificationKind.IMPORT_FINISHED, false, false));

        inbox.deliver(importDone(7));
        inbox.deliver(importDone(8));

        assertThat(sent).containsExactly(new Sent(Channel.SMS, 7, "导入完成：3", "https://node.example/imports/job-1"));
    }

    @Test
    void aFactAlreadyToldIsNotSentAgain() {
        when(notifications.insert(any())).thenReturn(Optional.empty());
        when(preferences.of(7, NotificationKind.IMPORT_FINISHED))
                .thenReturn(new Preference(NotificationKind.IMPORT_FINISHED, true, true));

        inbox.deliver(importDone(7));

        assertThat(sent).isEmpty();
    }
}
