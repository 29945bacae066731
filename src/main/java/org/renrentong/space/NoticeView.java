package org.renrentong.space;

import java.time.Instant;
import java.util.List;

/**
 * A notice as its reader sees it on its own page. For a notice of a class space: its details, whether it addresses
 * the reader, the reader's answer and whether it may still be given or changed, and the private threads the reader
 * may read (their own, or all of them for those who manage the class). {@code details} is null for a notice of
 * another kind of space.
 */
public record NoticeView(PostView post, String spaceTitle, NoticeDetails details, boolean addressed,
                         boolean manages, Integer myChoice, Instant answeredAt, boolean answerable,
                         List<NoticeThread> threads) {

    /** The reader may write in a thread: an addressee in their own, a teacher of the class in each. */
    public boolean mayReply() {
        return details != null && (addressed || manages);
    }
}
