package org.renrentong.space;

import java.time.Instant;

/**
 * A class notice in a reader's list: its first words, when and by whom it was posted, what it asks, and where the
 * reader stands — whether it addresses them, whether they read it, and whether an answer is still theirs to give.
 */
public record NoticeLine(long noticeId, String excerpt, String authorName, Instant postedAt, NoticeAsk ask,
                         Instant deadline, boolean addressed, boolean read, boolean answered, boolean answerable) {

    /** A 回执 or a choice that the reader still has to give. */
    public boolean toAnswer() {
        return addressed && ask != NoticeAsk.NONE && !answered && answerable;
    }
}
