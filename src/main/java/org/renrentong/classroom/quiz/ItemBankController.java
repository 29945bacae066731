package org.renrentong.classroom.quiz;

import java.io.IOException;
import org.renrentong.identity.Actor;
import org.renrentong.identity.LenientNumber;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.renrentong.storage.FileResponses;
import org.renrentong.taxonomy.TextbookTree;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The item bank's pages: the teacher's bank, writing and editing an item, copying and retiring one. */
@Controller
class ItemBankController {

    private static final FormErrors ERRORS = FormErrors.fields("quiz.item.kind", "kind", "quiz.item.stem", "stem",
            "quiz.item.subject", "subjectCode", "quiz.item.choices", "choices", "quiz.item.correct", "answer",
            "quiz.item.blanks", "answer", "quiz.item.answer", "answer", "quiz.item.picture", "");

    private final ItemBank bank;
    private final TextbookTree tree;

    ItemBankController(ItemBank bank, TextbookTree tree) {
        this.bank = bank;
        this.tree = tree;
    }

    @InitBinder
    void lenientNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, new LenientNumber());
    }

    @GetMapping("/quizzes/items")
    String list(Actor me, @RequestParam(required = false) String subject, Model model) {
        model.addAttribute("items", bank.bank(me, subject, null, 100));
        model.addAttribute("subject", subject);
        model.addAttribute("subjects", tree.currentSubjects());
        return "quiz/items";
    }

    @GetMapping("/quizzes/items/new")
    String newItem(Actor me, Model model) {
        bank.bank(me, null, null, 1);
        return form(model, ItemForm.empty(), null);
    }

    @PostMapping("/quizzes/items")
    String create(Actor me, @ModelAttribute("form") ItemForm form, BindingResult binding,
                  @RequestParam(name = "picture", required = false) MultipartFile picture, Model model,
                  RedirectAttributes redirect) {
        try {
            bank.create(me, form.draft(), picture(picture));
            redirect.addFlashAttribute("done", "quiz.item.saved");
            return "redirect:/quizzes/items";
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return form(model, form, null);
        }
    }

    @GetMapping("/quizzes/items/{id}/edit")
    String edit(Actor me, @PathVariable long id, Model model) {
        Item item = bank.visible(me, id);
        return form(model, ItemForm.of(item), item);
    }

    @PostMapping("/quizzes/items/{id}")
    String update(Actor me, @PathVariable long id, @ModelAttribute("form") ItemForm form, BindingResult binding,
                  @RequestParam(name = "picture", required = false) MultipartFile picture, Model model,
                  RedirectAttributes redirect) {
        try {
            bank.update(me, id, form.draft(), picture(picture));
            redirect.addFlashAttribute("done", "quiz.item.saved");
            return "redirect:/quizzes/items";
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return form(model, form, bank.visible(me, id));
        }
    }

    @PostMapping("/quizzes/items/{id}/copy")
    String copy(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        Item copy = bank.copy(me, id);
        redirect.addFlashAttribute("done", "quiz.item.copied");
        return "redirect:/quizzes/items/" + copy.id() + "/edit";
    }

    @PostMapping("/quizzes/items/{id}/retire")
    String retire(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        bank.retire(me, id);
        redirect.addFlashAttribute("done", "quiz.item.retired");
        return "redirect:/quizzes/items";
    }

    @GetMapping("/quizzes/items/{id}/picture")
    ResponseEntity<Resource> picture(Actor me, @PathVariable long id) {
        QuizPicture picture = bank.picture(me, id);
        return FileResponses.inline(picture.file(), picture.content());
    }

    private String form(Model model, ItemForm form, Item item) {
        // a refused form keeps its binding result, which a new "form" attribute would drop
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("item", item);
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("subjects", tree.currentSubjects());
        return "quiz/item-form";
    }

    static ItemBank.Picture picture(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > ItemBank.MAX_PICTURE) {
            throw DomainException.invalid("quiz.item.picture.tooLarge", ItemBank.MAX_PICTURE / 1024 / 1024);
        }
        try {
            return new ItemBank.Picture(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw DomainException.invalid("quiz.item.picture.type");
        }
    }
}
