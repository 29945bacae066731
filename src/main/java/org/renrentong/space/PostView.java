package org.renrentong.space;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.renrentong.identity.MaskedName;

/**
 * A post as readers see it: plain text (rendered escaped, its web addresses as links), its author's name and its
 * images' ids, and the resource it shares, if it is a share.
 */
public record PostView(long id, long spaceId, PostKind kind, long authorId, String authorName, String body,
                       Instant createdAt, List<Long> imageIds, Long sharedResourceId) {

    /** http(s) addresses only, so a link never runs script; closing punctuation stays text. */
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"'，。；、）)\\]]+(?<![.,;:!?])");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** The same post with its author's name masked, as visitors see a minor's. */
    PostView withMaskedAuthor() {
        return new PostView(id, spaceId, kind, authorId, MaskedName.of(authorName), body, createdAt, imageIds,
                sharedResourceId);
    }

    /** Stored in UTC, shown in China time. */
    public String shownAt() {
        return SHOWN.format(createdAt);
    }

    /** The body in pieces: text, and addresses to show as links. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        Matcher m = ADDRESS.matcher(body);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(body.substring(at, m.start()), null));
            }
            parts.add(new Part(m.group(), m.group()));
            at = m.end();
        }
        if (at < body.length()) {
            parts.add(new Part(body.substring(at), null));
        }
        return parts;
    }

    /** A piece of a post's text; {@code href} is set when it is a link. */
    public record Part(String text, String href) {
    }
}
