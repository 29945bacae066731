package org.renrentong.classroom.homework;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Homework bounds and reminders.
 *
 * @param reminders      how long before the due time students who have not submitted are reminded
 * @param reminderCheck  how often a node looks for due reminders
 * @param maxFileSize    the largest file a teacher attaches or a student hands in
 * @param maxFiles       files per homework or per handing-in
 */
@ConfigurationProperties(prefix = "renrentong.homework")
record HomeworkSettings(
        @DefaultValue({"12h", "1h"}) List<Duration> reminders,
        @DefaultValue("1m") Duration reminderCheck,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("9") int maxFiles) {

    List<Integer> reminderMinutes() {
        return reminders.stream().map(d -> (int) d.toMinutes()).filter(m -> m > 0).distinct().toList();
    }
}
