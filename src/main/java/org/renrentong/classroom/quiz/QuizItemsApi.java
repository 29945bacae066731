package org.renrentong.classroom.quiz;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The item bank as JSON, and its QTI 3.0 packages. */
@RestController
@RequestMapping("/api/v1/quiz-items")
class QuizItemsApi {

    private final ItemBank bank;
    private final QtiTransfer transfer;

    QuizItemsApi(ItemBank bank, QtiTransfer transfer) {
        this.bank = bank;
        this.transfer = transfer;
    }

    /** The caller's bank, newest first; {@code before} pages on. */
    @GetMapping
    List<Item> bank(Actor me, @RequestParam(required = false) String subject,
                    @RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int limit) {
        return bank.bank(me, subject, before, limit);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Item create(Actor me, @RequestBody ItemDraft draft) {
        return bank.create(me, draft, null);
    }

    @GetMapping("/{id}")
    Item item(Actor me, @PathVariable long id) {
        return bank.visible(me, id);
    }

    @PutMapping("/{id}")
    Item update(Actor me, @PathVariable long id, @RequestBody ItemDraft draft) {
        return bank.update(me, id, draft, null);
    }

    @PostMapping("/{id}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    Item copy(Actor me, @PathVariable long id) {
        return bank.copy(me, id);
    }

    @PostMapping("/{id}/retire")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retire(Actor me, @PathVariable long id) {
        bank.retire(me, id);
    }

    /** The bank, or the items named, as a QTI 3.0 package. */
    @GetMapping("/qti")
    ResponseEntity<byte[]> export(Actor me, @RequestParam(name = "item", required = false) List<Long> items) {
        return QtiController.zip(transfer.export(me, items));
    }

    /** Imports a QTI 3.0 package into the caller's bank under a subject: all items, or none and why. */
    @PostMapping(value = "/qti", consumes = "multipart/form-data")
    QtiReport importPackage(Actor me, @RequestParam String subjectCode, @RequestParam("file") MultipartFile file,
                            Locale locale) throws IOException {
        if (file.getSize() > QtiTransfer.MAX_PACKAGE) {
            throw DomainException.invalid("quiz.qti.tooLarge");
        }
        return transfer.importPackage(me, subjectCode, file.getBytes(), locale);
    }
}
