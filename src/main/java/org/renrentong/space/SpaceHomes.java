package org.renrentong.space;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.renrentong.identity.Actor;
import org.renrentong.identity.People;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.Slice;
import org.renrentong.storage.StoredFile;
import org.renrentong.storage.StoredFiles;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/** Reading spaces: the home page, the feed page by page, and the images — each after the visibility check. */
@Service
public class SpaceHomes {

    static final int FEED_PAGE = 20;
    static final int NOTICE_PAGE = 3;
    /** An owner's repeated visits refresh "active" at most this often, so reading stays a read. */
    private static final Duration ACTIVITY_GRAIN = Duration.ofHours(1);

    private final SpaceReader reader;
    private final SpacePolicy policy;
    private final SpaceRepository spaces;
    private final PostRepository posts;
    private final MembershipRepository membership;
    private final VisitCounter visits;
    private final SharedResources shared;
    private final People people;
    private final StoredFiles files;

    SpaceHomes(SpaceReader reader, SpaceRepository spaces, PostRepository posts, MembershipRepository membership,
               VisitCounter visits, SharedResources shared, People people, SpacePolicy policy,
               StoredFiles files) {
        this.policy = policy;
        this.files = files;
        this.shared = shared;
        this.people = people;
        this.reader = reader;
        this.spaces = spaces;
        this.posts = posts;
        this.membership = membership;
        this.visits = visits;
    }

    /** An image of a post: its stored file and content, to be sent with {@code FileResponses}. */
    public record Image(StoredFile file, Resource content) {
    }

    /** @param viewer the signed-in actor, or null for an anonymous visitor */
    public SpaceHome home(Actor viewer, long spaceId) {
        Space stored = reader.space(spaceId);
        Permissions can = policy.readable(viewer, stored);
        Space space = viewer == null && stored.kind() == SpaceKind.PERSONAL
                && !people.students(List.of(stored.ownerId())).isEmpty() ? stored.withMaskedTitle() : stored;
        if (can.owner() && ownerVisitDue(space)) {
            spaces.ownerVisited(spaceId);
        }
        visits.record(spaceId);
        List<String> roles = space.kind() == SpaceKind.PERSONAL ? spaces.ownerRoles(space.ownerId()) : List.of();
        List<PostView> newest = posts.firstPages(spaceId, NOTICE_PAGE + 1, FEED_PAGE + 1);
        long[] counts = posts.counts(spaceId);
        Long viewerId = viewer == null ? null : viewer.personId();
        Feed notices = new Feed(spaceId, PostKind.NOTICE,
                shown(viewer, slice(newest.stream().filter(p -> p.kind() == PostKind.NOTICE).toList(), NOTICE_PAGE,
                        counts[0])), can, viewerId);
        Feed feed = new Feed(spaceId, PostKind.POST,
                shown(viewer, slice(newest.stream().filter(p -> p.kind() == PostKind.POST).toList(), FEED_PAGE,
                        counts[1])), can, viewerId);
        return new SpaceHome(space, can, roles, notices, feed, members(space, can),
                space.visitCount() + visits.unwritten(spaceId));
    }

    /** The next page of a space's posts (or notices), strictly older than {@code before}. */
    public Feed posts(Actor viewer, long spaceId, PostKind kind, Long before) {
        Permissions can = policy.readable(viewer, reader.space(spaceId));
        return feed(viewer, can, spaceId, kind == null ? PostKind.POST : kind, before, FEED_PAGE);
    }

    /** An image of a post the viewer may read; one still waiting for the carry-over into storage is not found. */
    public Image image(Actor viewer, long spaceId, long imageId) {
        PostRepository.ImageRow image = posts.image(imageId).filter(i -> i.spaceId() == spaceId)
                .orElseThrow(() -> DomainException.notFound("post.image.unknown"));
        policy.readable(viewer, reader.space(spaceId));
        StoredFile file = Optional.ofNullable(image.fileId()).flatMap(files::file)
                .orElseThrow(() -> DomainException.notFound("post.image.unknown"));
        return new Image(file, files.content(file));
    }

    private Feed feed(Actor viewer, Permissions can, long spaceId, PostKind kind, Long before, int size) {
        List<PostView> rows = posts.page(spaceId, kind, before == null ? Long.MAX_VALUE : before, size + 1);
        return new Feed(spaceId, kind, shown(viewer, slice(rows, size, posts.count(spaceId, kind))), can,
                viewer == null ? null : viewer.personId());
    }

    /**
     * What this reader may see of a page: shares of resources they may not read are left out, and visitors see
     * students' (minors') names masked. Paging stays on the stored rows, so a page may show fewer posts.
     */
    private Slice<PostView> shown(Actor viewer, Slice<PostView> page) {
        Set<Long> minors = viewer == null
                ? people.students(page.items().stream().map(PostView::authorId).distinct().toList()) : Set.of();
        List<PostView> items = page.items().stream()
                .filter(p -> p.sharedResourceId() == null || shared.readable(viewer, p.sharedResourceId()))
                .map(p -> minors.contains(p.authorId()) ? p.withMaskedAuthor() : p).toList();
        return new Slice<>(items, page.total(), page.nextKey());
    }

    /** A page from up to size + 1 rows: the extra row only tells that there is a next page. */
    private static Slice<PostView> slice(List<PostView> rows, int size, long total) {
        List<PostView> items = rows.subList(0, Math.min(size, rows.size()));
        String next = rows.size() > size ? String.valueOf(items.get(items.size() - 1).id()) : null;
        return new Slice<>(List.copyOf(items), total, next);
    }

    private Members members(Space space, Permissions can) {
        return switch (space.kind()) {
            case CLASS -> can.member() ? membership.ofClass(space.ownerId()) : null;
            case GROUP -> can.member() ? membership.ofGroup(space.ownerId()) : null;
            case SCHOOL -> membership.ofSchool(space.ownerId());
            case BUREAU -> membership.ofBureau(space.regionPath());
            case PERSONAL -> null;
        };
    }

    private static boolean ownerVisitDue(Space space) {
        return space.openedAt() == null || space.lastActiveAt() == null
                || space.lastActiveAt().isBefore(Instant.now().minus(ACTIVITY_GRAIN));
    }
}
