package org.renrentong.classroom.quiz;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.TextbookTree;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The page that exports the bank as a QTI 3.0 package and imports one, with the per-item report. */
@Controller
class QtiController {

    private final QtiTransfer transfer;
    private final ItemBank bank;
    private final TextbookTree tree;

    QtiController(QtiTransfer transfer, ItemBank bank, TextbookTree tree) {
        this.transfer = transfer;
        this.bank = bank;
        this.tree = tree;
    }

    @GetMapping("/quizzes/items/qti")
    String page(Actor me, Model model) {
        bank.bank(me, null, null, 1);
        model.addAttribute("subjects", tree.currentSubjects());
        return "quiz/qti";
    }

    @GetMapping("/quizzes/items/qti.zip")
    ResponseEntity<byte[]> export(Actor me, @RequestParam(name = "item", required = false) List<Long> items) {
        return zip(transfer.export(me, items));
    }

    @PostMapping("/quizzes/items/qti")
    String importPackage(Actor me, @RequestParam(required = false) String subjectCode,
                         @RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
                         Model model) throws IOException {
        model.addAttribute("subjects", tree.currentSubjects());
        try {
            if (file != null && file.getSize() > QtiTransfer.MAX_PACKAGE) {
                throw DomainException.invalid("quiz.qti.tooLarge");
            }
            byte[] bytes = file == null ? null : file.getBytes();
            model.addAttribute("report", transfer.importPackage(me, subjectCode, bytes, locale));
        } catch (DomainException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            model.addAttribute("refusal", e);
        }
        return "quiz/qti";
    }

    static ResponseEntity<byte[]> zip(byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"quiz-items-qti.zip\"").body(bytes);
    }
}
