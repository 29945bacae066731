package org.renrentong.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renrentong.resource.ResourceEvents;
import org.renrentong.roster.RosterEvents;
import org.renrentong.space.ClassNoticeEvents;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * The facts notifications are made from come back whole from the event publication registry, as they must when a
 * delivery is retried after a crash.
 */
@IntegrationTest
class EventSerializationTest {

    @Autowired EventSerializer serializer;

    @Test
    void everyFactTheListenersTakeSurvivesTheOutbox() {
        UUID job = UUID.randomUUID();
        for (Object event : List.of(
                new ResourceEvents.ReviewDecided(7, 2, 9, "圆的面积", "REJECTED", "缺少练习",
                        Instant.parse("2026-03-01T08:00:00.123Z")),
                new ResourceEvents.CommentAwaitingModeration(3, 7, "圆的面积", List.of(9L, 11L)),
                new RosterEvents.ImportFinished(job, 5, 6, 100, 2),
                new RosterEvents.ImportFailed(job, 5, 6, "REJECTED", "roster.job.rejected", List.of("3")),
                new ClassNoticeEvents.NoticePosted(12, "七年级1班", "周五开家长会", List.of(3L, 4L)),
                new ClassNoticeEvents.ReminderSent(12, "七年级1班", "周五开家长会", List.of(4L),
                        Instant.parse("2026-03-01T08:00:00.123Z")),
                new ClassNoticeEvents.ReplyPosted(12, 5, "周五开家长会", "王老师", 4))) {
            assertThat(serializer.deserialize(serializer.serialize(event), event.getClass())).isEqualTo(event);
        }
    }
}
