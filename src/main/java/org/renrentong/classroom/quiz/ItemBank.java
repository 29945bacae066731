package org.renrentong.classroom.quiz;

import java.util.List;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.ServerUploads;
import org.renrentong.storage.StoredFiles;
import org.renrentong.taxonomy.TextbookTree;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The item bank: a teacher writes, edits, copies and retires their items and reads their school's shared ones. An
 * item already set in a quiz keeps its key (students were marked by it): to change it, copy it.
 */
@Service
public class ItemBank {

    /** A picture for an item, as uploaded. */
    public record Picture(String name, byte[] bytes) {

        boolean present() {
            return bytes != null && bytes.length > 0;
        }
    }

    static final int MAX_PICTURE = 2 * 1024 * 1024;

    private final ItemRepository items;
    private final QuizPolicy policy;
    private final TextbookTree tree;
    private final ServerUploads uploads;
    private final StoredFiles files;
    private final AuditLog audit;

    ItemBank(ItemRepository items, QuizPolicy policy, TextbookTree tree, ServerUploads uploads, StoredFiles files,
             AuditLog audit) {
        this.items = items;
        this.policy = policy;
        this.tree = tree;
        this.uploads = uploads;
        this.files = files;
        this.audit = audit;
    }

    @Transactional
    public Item create(Actor actor, ItemDraft draft, Picture picture) {
        policy.requireTeacher(actor);
        ItemDraft d = placed(draft.checked());
        Long file = picture != null && picture.present() ? stored(actor, picture) : null;
        long id = items.insert(d, actor.personId(), actor.schoolId(), file);
        audit.record(actor.audited("QUIZ_ITEM_CREATED", "quiz_item", id, actor.regionPath(), actor.schoolId(),
                new AuditEvent.Key("quiz.item.kind." + d.kind().name())));
        return items.find(id).orElseThrow();
    }

    @Transactional
    public Item update(Actor actor, long itemId, ItemDraft draft, Picture picture) {
        Item item = policy.requireOwns(actor, get(itemId));
        if (items.inQuiz(itemId)) {
            throw DomainException.conflict("quiz.item.inUse");
        }
        ItemDraft d = placed(draft.checked());
        Long file = picture != null && picture.present() ? stored(actor, picture) : item.imageFileId();
        items.update(itemId, d, file);
        audit.record(actor.audited("QUIZ_ITEM_UPDATED", "quiz_item", itemId, actor.regionPath(), actor.schoolId(),
                new AuditEvent.Key("quiz.item.kind." + d.kind().name())));
        return items.find(itemId).orElseThrow();
    }

    /** A copy of an item the teacher may read, owned by them and not shared until they share it. */
    @Transactional
    public Item copy(Actor actor, long itemId) {
        Item item = policy.requireSees(actor, get(itemId));
        ItemDraft d = item.draft();
        long id = items.insert(new ItemDraft(d.kind(), d.subjectCode(), d.nodeId(), d.stem(), d.choices(),
                d.correct(), d.answerTrue(), d.blanks(), d.guidance(), false), actor.personId(), actor.schoolId(),
                item.imageFileId());
        audit.record(actor.audited("QUIZ_ITEM_COPIED", "quiz_item", id, actor.regionPath(), actor.schoolId(),
                itemId));
        return items.find(id).orElseThrow();
    }

    /** Retired items leave the bank's lists and cannot be set in new quizzes; quizzes that have them keep them. */
    @Transactional
    public void retire(Actor actor, long itemId) {
        policy.requireOwns(actor, get(itemId));
        items.retire(itemId);
        audit.record(actor.audited("QUIZ_ITEM_RETIRED", "quiz_item", itemId, actor.regionPath(), actor.schoolId()));
    }

    public Item visible(Actor actor, long itemId) {
        return policy.requireSees(actor, get(itemId));
    }

    /** The teacher's bank: their own items and their school's shared ones, newest first. */
    public List<Item> bank(Actor actor, String subjectCode, Long beforeId, int limit) {
        policy.requireTeacher(actor);
        String subject = subjectCode == null || subjectCode.isBlank() ? null : subjectCode.trim();
        return items.bank(actor.personId(), actor.schoolId(), subject, false,
                beforeId == null ? Long.MAX_VALUE : beforeId, Math.min(Math.max(limit, 1), 200));
    }

    /** An item's picture, for the teachers who may read the item. */
    public QuizPicture picture(Actor actor, long itemId) {
        return picture(visible(actor, itemId));
    }

    QuizPicture picture(Item item) {
        if (item.imageFileId() == null) {
            throw DomainException.notFound("quiz.item.picture.none");
        }
        var file = files.file(item.imageFileId()).orElseThrow(() -> DomainException.notFound("quiz.item.picture.none"));
        return new QuizPicture(file, files.content(file));
    }

    Item get(long itemId) {
        return items.find(itemId).orElseThrow(() -> DomainException.notFound("quiz.item.unknown"));
    }

    /** The subject must be a standard one in use, and a textbook node (when given) must exist. */
    private ItemDraft placed(ItemDraft d) {
        if (tree.currentSubjects().stream().noneMatch(s -> s.code().equals(d.subjectCode()))) {
            throw DomainException.invalid("quiz.item.subject.unknown");
        }
        if (d.nodeId() != null) {
            tree.places(List.of(d.nodeId()));
        }
        return d;
    }

    private Long stored(Actor actor, Picture picture) {
        if (picture.bytes().length > MAX_PICTURE) {
            throw DomainException.invalid("quiz.item.picture.tooLarge", MAX_PICTURE / 1024 / 1024);
        }
        String type = PictureType.sniff(picture.bytes());
        if (type == null) {
            throw DomainException.invalid("quiz.item.picture.type");
        }
        return files.claim(actor, uploads.upload(actor, "quiz-item." + type, picture.bytes())).id();
    }
}
