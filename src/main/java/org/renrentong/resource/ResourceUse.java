package org.renrentong.resource;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.identity.People;
import org.renrentong.shared.DomainException;
import org.renrentong.space.PostView;
import org.renrentong.space.Posts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Using a published resource one may read: favourite, rate 1–5 (one rating each), comment (held until the owner
 * or a reviewer approves it), share into a space, download (counted).
 */
@Service
public class ResourceUse {

    static final int MAX_COMMENT = 2000;

    private final ResourceReader reader;
    private final ResourcePolicy policy;
    private final ResourceRepository resources;
    private final UseRepository use;
    private final SensitiveWords words;
    private final Posts posts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final People people;
    private final ReviewerAssignments assignments;
    private final UseCountSync useCounts;

    ResourceUse(ResourceReader reader, ResourcePolicy policy, ResourceRepository resources, UseRepository use,
                SensitiveWords words, Posts posts, AuditLog audit, ApplicationEventPublisher events,
                People people, ReviewerAssignments assignments, UseCountSync useCounts) {
        this.reader = reader;
        this.policy = policy;
        this.resources = resources;
        this.use = use;
        this.words = words;
        this.posts = posts;
        this.audit = audit;
        this.events = events;
        this.people = people;
        this.assignments = assignments;
        this.useCounts = useCounts;
    }

    @Transactional
    public void favourite(Actor actor, long id, boolean on) {
        Resource r = usable(actor, id);
        boolean changed = on ? use.favour(id, actor.personId()) : use.unfavour(id, actor.personId());
        if (changed) {
            audit.record(actor.audited(on ? "RESOURCE_FAVOURED" : "RESOURCE_UNFAVOURED", "resource", id,
                    r.regionPath(), r.schoolId()));
            useCounts.noteUsed(id);
        }
    }

    public boolean isFavourite(Actor actor, long id) {
        return actor != null && use.isFavourite(id, actor.personId());
    }

    /** The actor's favourites they may still read, most recent first. */
    public List<Resource> favourites(Actor actor) {
        return use.favourites(actor.personId()).stream().map(reader::get).filter(r -> policy.mayRead(actor, r))
                .toList();
    }

    @Transactional
    public Resource rate(Actor actor, long id, int stars) {
        Resource r = usable(actor, id);
        if (stars < 1 || stars > 5) {
            throw DomainException.invalid("resource.rating.range");
        }
        if (ResourcePolicy.owns(actor, r)) {
            throw DomainException.invalid("resource.rating.own");
        }
        use.rate(id, actor.personId(), stars);
        audit.record(actor.audited("RESOURCE_RATED", "resource", id, r.regionPath(), r.schoolId(), stars));
        useCounts.noteUsed(id);
        return reader.get(id);
    }

    public Optional<Integer> myRating(Actor actor, long id) {
        return actor == null ? Optional.empty() : use.rating(id, actor.personId());
    }

    @Transactional
    public Comment comment(Actor actor, long id, String body) {
        Resource r = usable(actor, id);
        String text = FormCheck.text(body);
        if (text.isEmpty()) {
            throw DomainException.invalid("resource.comment.required");
        }
        if (text.length() > MAX_COMMENT) {
            throw DomainException.invalid("resource.comment.tooLong", MAX_COMMENT);
        }
        List<String> found = words.find(text);
        long commentId = use.insertComment(id, actor.personId(), text, found.isEmpty() ? null : String.join(",", found));
        events.publishEvent(new ResourceEvents.CommentAwaitingModeration(commentId, id, r.title(),
                moderatorsToTell(r, actor.personId())));
        AuditEvent created = actor.audited("COMMENT_CREATED", "resource_comment", commentId, r.regionPath(),
                r.schoolId(), id);
        audit.record(found.isEmpty() ? created : created.withDetail("audit.detail.COMMENT_CREATED.flagged", id));
        return use.comment(commentId).orElseThrow();
    }

    /** The owner of the resource or one who may review it approves or rejects a comment. */
    @Transactional
    public Comment moderate(Actor actor, long commentId, boolean approve) {
        Comment c = use.comment(commentId).orElseThrow(() -> DomainException.notFound("resource.comment.unknown"));
        Resource r = reader.get(c.resourceId());
        if (!policy.mayModerate(actor, r)) {
            throw DomainException.forbidden();
        }
        Comment.Status status = approve ? Comment.Status.APPROVED : Comment.Status.REJECTED;
        use.commentStatus(commentId, status);
        audit.record(actor.audited("COMMENT_" + status.name(), "resource_comment", commentId, r.regionPath(),
                r.schoolId(), r.id()));
        return use.comment(commentId).orElseThrow();
    }

    /**
     * Who hears of a new comment: the owner and the experts covering the resource, never its author.
     * Administrators over the region are not told of each one: they moderate from their queue.
     */
    private List<Long> moderatorsToTell(Resource r, long authorId) {
        LinkedHashSet<Long> told = new LinkedHashSet<>();
        if (!r.harvested()) {
            told.add(r.ownerId());
        }
        told.addAll(assignments.expertsCovering(r));
        told.remove(authorId);
        return List.copyOf(told);
    }

    public boolean mayModerate(Actor actor, Resource r) {
        return policy.mayModerate(actor, r);
    }

    /** Approved comments, plus the viewer's own pending ones (moderators see all); visitors see minors masked. */
    public List<Comment> comments(Actor viewer, long id) {
        Resource r = policy.readable(viewer, reader.get(id));
        boolean all = viewer != null && mayModerate(viewer, r);
        List<Comment> comments = use.comments(id, all, viewer == null ? -1 : viewer.personId());
        if (viewer != null) {
            return comments;
        }
        Set<Long> minors = people.students(comments.stream().map(Comment::authorId).distinct().toList());
        return comments.stream().map(c -> minors.contains(c.authorId()) ? c.withMaskedAuthor() : c).toList();
    }

    /** Posts a link to the resource into a space the actor may post in. */
    @Transactional
    public PostView share(Actor actor, long id, long spaceId, String text, String link) {
        Resource r = usable(actor, id);
        String note = FormCheck.text(text);
        String body = (note.isEmpty() ? "" : note + "\n") + r.title() + "\n" + link;
        PostView post = posts.share(actor, spaceId, body, id);
        audit.record(actor.audited("RESOURCE_SHARED", "resource", id, r.regionPath(), r.schoolId(),
                spaceId));
        return post;
    }

    /**
     * Checks that the viewer may read the resource's file, and counts it as a download when asked to (a video's
     * later range requests are not counted again).
     */
    @Transactional
    public ResourceFile download(Actor viewer, long id, long fileId, boolean count) {
        Resource r = policy.readable(viewer, reader.get(id));
        ResourceFile file = r.files().stream().filter(f -> f.fileId() == fileId).findFirst()
                .orElseThrow(() -> DomainException.notFound("resource.file.unknown"));
        if (count && r.published()) {
            resources.counted(id);
            useCounts.noteUsed(id);
        }
        return file;
    }

    private Resource usable(Actor actor, long id) {
        Resource r = policy.readable(actor, reader.get(id));
        if (!r.published()) {
            throw DomainException.conflict("resource.notPublished");
        }
        return r;
    }
}
