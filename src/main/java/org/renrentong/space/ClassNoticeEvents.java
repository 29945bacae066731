package org.renrentong.space;

import java.time.Instant;
import java.util.List;

/** What happens to class notices that their addressees and teachers should hear of. */
public final class ClassNoticeEvents {

    private ClassNoticeEvents() {
    }

    /** A notice was posted to a class: its addressees (students and/or guardians) are told. */
    public record NoticePosted(long noticeId, String className, String excerpt, List<Long> addressees) {
    }

    /** A teacher reminded those who had not read the notice yet. */
    public record ReminderSent(long noticeId, String className, String excerpt, List<Long> addressees,
                               Instant remindedAt) {
    }

    /** A private reply on a notice, for the other side of the thread (the addressee, or the notice's author). */
    public record ReplyPosted(long noticeId, long replyId, String excerpt, String authorName, long recipientId) {
    }
}
