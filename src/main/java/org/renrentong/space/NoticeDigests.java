package org.renrentong.space;

import java.time.Instant;
import java.util.List;
import org.renrentong.identity.Actor;
import org.springframework.stereotype.Service;

/**
 * The recent notices of a class space as one reader stands to them, for the pages that sum up a week (a student's
 * home, a guardian's children). Reading the list marks nothing read: only opening a notice does.
 */
@Service
public class NoticeDigests {

    private final SpaceRepository spaces;
    private final SpaceReader reader;
    private final SpacePolicy policy;
    private final NoticeDigestRepository digests;

    NoticeDigests(SpaceRepository spaces, SpaceReader reader, SpacePolicy policy, NoticeDigestRepository digests) {
        this.spaces = spaces;
        this.reader = reader;
        this.policy = policy;
        this.digests = digests;
    }

    /**
     * The notices of the class's space posted since the given moment, newest first; none when the class has no space
     * or its space is closed to the reader.
     */
    public List<NoticeLine> ofClass(Actor actor, long classId, Instant since) {
        Long spaceId = spaces.idOf(SpaceKind.CLASS, classId).orElse(null);
        if (spaceId == null) {
            return List.of();
        }
        Space space = reader.space(spaceId);
        if (!policy.permissions(actor, space).member()) {
            // a space closed to the reader (a private class space) shows them none of its notices
            return List.of();
        }
        Instant now = Instant.now();
        return digests.since(spaceId, actor.personId(), since).stream().map(r -> {
            boolean addressed = SpacePolicy.addressed(actor, space, r.details().audience());
            return new NoticeLine(r.id(), ClassNotices.excerpt(r.body()), r.authorName(), r.postedAt(),
                    r.details().ask(), r.details().deadline(), addressed, r.read(), r.answered(),
                    r.details().open(now));
        }).toList();
    }
}
