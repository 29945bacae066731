package org.renrentong.space;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.renrentong.identity.MaskedName;

/**
 * A post as readers see it: plain text (rendered escaped), its author's name and its images' ids, and the resource
 * it shares, if it is a share.
 */
public record PostView(long id, long spaceId, PostKind kind, long authorId, String authorName, String body,
                       Instant createdAt, List<Long> imageIds, Long sharedResourceId) {

    /** The same post with its author's name masked, as visitors see a minor's. */
    PostView withMaskedAuthor() {
        return new PostView(id, spaceId, kind, authorId, MaskedName.of(authorName), body, createdAt, imageIds,
                sharedResourceId);
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** Stored in UTC, shown in China time. */
    public String shownAt() {
        return SHOWN.format(createdAt);
    }
}
