package org.renrentong.space;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.ServerUploads;
import org.renrentong.storage.StoredFile;
import org.renrentong.storage.StoredFiles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing in a space: posts and notices with up to four images, and deleting them again. A notice in a class space
 * is a class notice: it says whom it addresses and what it asks of them, and its addressees are told of it.
 */
@Service
public class Posts {

    static final int MAX_BODY = 5000;
    static final int MAX_IMAGES = 4;
    static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;

    private final SpaceReader reader;
    private final SpacePolicy policy;
    private final PostRepository posts;
    private final SpaceRepository spaces;
    private final AuditLog audit;
    private final ServerUploads storage;
    private final StoredFiles storedFiles;
    private final NoticeRepository notices;
    private final ApplicationEventPublisher events;

    Posts(SpaceReader reader, PostRepository posts, SpaceRepository spaces, AuditLog audit,
          SpacePolicy policy, ServerUploads storage, StoredFiles storedFiles, NoticeRepository notices,
          ApplicationEventPublisher events) {
        this.notices = notices;
        this.events = events;
        this.storage = storage;
        this.storedFiles = storedFiles;
        this.reader = reader;
        this.posts = posts;
        this.spaces = spaces;
        this.audit = audit;
        this.policy = policy;
    }

    @Transactional
    public PostView create(Actor actor, long spaceId, PostKind kind, String body, List<ImageUpload> uploads) {
        return create(actor, spaceId, kind, body, uploads, null);
    }

    /**
     * A post or notice; {@code details} (null: to everyone, asking nothing) say what a class notice asks of whom,
     * and are refused with anything to ask elsewhere.
     */
    @Transactional
    public PostView create(Actor actor, long spaceId, PostKind kind, String body, List<ImageUpload> uploads,
                           NoticeDetails details) {
        return publish(actor, spaceId, kind, body, uploads, null, details);
    }

    /** A post sharing a resource: it shows only to readers who may read that resource (checked when shown). */
    @Transactional
    public PostView share(Actor actor, long spaceId, String body, long resourceId) {
        return publish(actor, spaceId, PostKind.POST, body, List.of(), resourceId, null);
    }

    private PostView publish(Actor actor, long spaceId, PostKind kind, String body, List<ImageUpload> uploads,
                             Long sharedResourceId, NoticeDetails details) {
        Space space = reader.space(spaceId);
        PostKind k = kind == null ? PostKind.POST : kind;
        policy.requirePosting(actor, space, k);
        boolean classNotice = k == PostKind.NOTICE && space.kind() == SpaceKind.CLASS;
        if (!classNotice && details != null && details.ask() != null && details.ask() != NoticeAsk.NONE) {
            throw DomainException.invalid("notice.details.classOnly");
        }
        NoticeDetails asked = classNotice ? (details == null ? NoticeDetails.plain() : details).checked(Instant.now())
                : null;
        String text = plainText(body);
        List<ImageUpload> files = uploads == null ? List.of() : uploads.stream().filter(u -> u.size() > 0).toList();
        if (text.isEmpty() && files.isEmpty()) {
            throw DomainException.invalid("post.body.required");
        }
        if (text.length() > MAX_BODY) {
            throw DomainException.invalid("post.body.tooLong", MAX_BODY);
        }
        if (files.size() > MAX_IMAGES) {
            throw DomainException.invalid("post.images.tooMany", MAX_IMAGES);
        }
        List<byte[]> images = new ArrayList<>();
        List<ImageType> types = new ArrayList<>();
        for (ImageUpload file : files) {
            byte[] bytes = read(file);
            types.add(ImageType.sniff(bytes).orElseThrow(() -> DomainException.invalid("post.image.type")));
            images.add(bytes);
        }
        long id = posts.insert(spaceId, actor.personId(), k, text);
        for (int i = 0; i < images.size(); i++) {
            // stored like any upload of the author (checked, counted, audited), claimed with the post
            StoredFile file = storedFiles.claim(actor, storage.upload(actor, types.get(i).fileName(), images.get(i)));
            posts.insertImage(id, types.get(i).contentType(), file.id());
        }
        if (sharedResourceId != null) {
            posts.markShare(id, sharedResourceId);
        }
        if (asked != null) {
            notices.insert(id, asked);
            List<Long> addressees = List.copyOf(ClassRoster.of(notices.roster(space.ownerId()))
                    .addressees(asked.audience()));
            events.publishEvent(new ClassNoticeEvents.NoticePosted(id, space.title(), ClassNotices.excerpt(text),
                    addressees));
        }
        spaces.posted(spaceId);
        audit.record(actor.audited("POST_CREATED", "post", id, space.regionPath(), space.schoolId(),
                new AuditEvent.Key("space.post.kind." + k.name()), spaceId, images.size()));
        return posts.view(id).orElseThrow();
    }

    /**
     * Authors delete their own posts, and with them their images; those who manage the space delete any post, its
     * images staying recorded for storage (only their uploader may release them).
     */
    @Transactional
    public void delete(Actor actor, long spaceId, long postId) {
        Space space = reader.space(spaceId);
        PostRepository.PostRow post = posts.live(postId).filter(p -> p.spaceId() == spaceId)
                .orElseThrow(() -> DomainException.notFound("post.unknown"));
        policy.requireDeleting(actor, space, post.authorId());
        posts.softDelete(postId);
        // storage lets only the uploader let go of a file: a manager's deletion leaves the images recorded
        if (post.authorId() == actor.personId()) {
            posts.deleteImages(postId).forEach(fileId -> storedFiles.release(actor, fileId));
        }
        audit.record(actor.audited("POST_DELETED", "post", postId, space.regionPath(), space.schoolId(),
                spaceId));
    }

    /** Plain text only: line breaks kept as \n, control characters (which PostgreSQL may refuse) dropped. */
    static String plainText(String body) {
        if (body == null) {
            return "";
        }
        String unified = body.replace("\r\n", "\n").replace('\r', '\n');
        return unified.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "").strip();
    }

    private static byte[] read(ImageUpload file) {
        if (file.size() > MAX_IMAGE_BYTES) {
            throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "post.image.tooLarge", MAX_IMAGE_BYTES >> 20);
        }
        try (InputStream in = file.content().getInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_IMAGE_BYTES + 1);
            if (bytes.length > MAX_IMAGE_BYTES) {
                throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "post.image.tooLarge", MAX_IMAGE_BYTES >> 20);
            }
            return bytes;
        } catch (IOException e) {
            throw DomainException.invalid("post.image.unreadable");
        }
    }
}
