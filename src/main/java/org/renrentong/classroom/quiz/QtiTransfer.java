package org.renrentong.classroom.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.TextbookTree;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items in and out of the bank as QTI 3.0 packages. An import is all or nothing: when any item file is refused,
 * none is kept and the report says why for each refused file.
 */
@Service
public class QtiTransfer {

    static final int MAX_PACKAGE = 20 * 1024 * 1024;

    private final ItemBank bank;
    private final ItemRepository items;
    private final QuizPolicy policy;
    private final TextbookTree tree;
    private final MessageSource messages;
    private final AuditLog audit;

    QtiTransfer(ItemBank bank, ItemRepository items, QuizPolicy policy, TextbookTree tree, MessageSource messages,
                AuditLog audit) {
        this.bank = bank;
        this.items = items;
        this.policy = policy;
        this.tree = tree;
        this.messages = messages;
        this.audit = audit;
    }

    /** The teacher's bank (their own and their school's shared items), or the items named, as a package. */
    public byte[] export(Actor actor, List<Long> itemIds) {
        policy.requireTeacher(actor);
        List<Item> chosen = itemIds == null || itemIds.isEmpty() ? bank.bank(actor, null, null, 200)
                : itemIds.stream().distinct().limit(200).map(id -> bank.visible(actor, id)).toList();
        try {
            byte[] zip = QtiWriter.zip(chosen);
            audit.record(actor.audited("EXPORT", "quiz_items", actor.personId(), actor.regionPath(),
                    actor.schoolId(), chosen.size()));
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public QtiReport importPackage(Actor actor, String subjectCode, byte[] zip, Locale locale) {
        policy.requireTeacher(actor);
        if (subjectCode == null || tree.currentSubjects().stream().noneMatch(s -> s.code().equals(subjectCode))) {
            throw DomainException.invalid("quiz.item.subject.unknown");
        }
        if (zip == null || zip.length == 0) {
            throw DomainException.invalid("quiz.qti.notZip");
        }
        if (zip.length > MAX_PACKAGE) {
            throw DomainException.invalid("quiz.qti.tooLarge");
        }
        List<QtiReader.Read> read = QtiReader.read(zip, subjectCode);
        List<QtiReport.Problem> problems = new ArrayList<>();
        for (QtiReader.Read r : read) {
            if (r.errorKey() != null) {
                problems.add(new QtiReport.Problem(r.file(),
                        messages.getMessage(r.errorKey(), r.args(), r.errorKey(), locale)));
            }
        }
        if (!problems.isEmpty()) {
            return new QtiReport(0, problems);
        }
        for (QtiReader.Read r : read) {
            items.insert(r.draft(), actor.personId(), actor.schoolId(), null);
        }
        audit.record(actor.audited("QUIZ_ITEMS_IMPORTED", "quiz_items", actor.personId(), actor.regionPath(),
                actor.schoolId(), read.size()));
        return new QtiReport(read.size(), List.of());
    }
}
