package org.renrentong.classroom.quiz;

import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.FileResponses;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's quiz on the phone: one scroll of questions; each answer is saved as it changes (htmx posts the
 * question's form and shows the saved state, or the refusal, beside it); hand-in marks at once.
 */
@Controller
class QuizTakingController {

    private final Attempts attempts;

    QuizTakingController(Attempts attempts) {
        this.attempts = attempts;
    }

    @GetMapping("/quizzes/{id}/take")
    String take(Actor me, @PathVariable long id, Model model) {
        model.addAttribute("sheet", attempts.sheet(me, id));
        return "quiz/take";
    }

    @PostMapping("/quizzes/{id}/start")
    String start(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            attempts.start(me, id);
            return "redirect:/quizzes/" + id + "/take";
        } catch (DomainException e) {
            return refused(me, id, model, e);
        }
    }

    /** One answer, saved as it changes: the question's fragment comes back with its saved state. */
    @PostMapping("/quizzes/{id}/answers/{position}")
    String save(Actor me, @PathVariable long id, @PathVariable int position,
                @RequestParam(name = "response", required = false) List<String> response, Model model) {
        try {
            model.addAttribute("saved", true);
            model.addAttribute("sheet", attempts.save(me, id, position, response));
        } catch (DomainException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            model.addAttribute("saved", false);
            model.addAttribute("refusal", e);
            model.addAttribute("sheet", attempts.sheet(me, id));
        }
        model.addAttribute("position", position);
        return "quiz/take :: saved";
    }

    @PostMapping("/quizzes/{id}/hand-in")
    String handIn(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            attempts.handIn(me, id);
            redirect.addFlashAttribute("done", "quiz.handedIn");
            return "redirect:/quizzes/" + id + "/take";
        } catch (DomainException e) {
            return refused(me, id, model, e);
        }
    }

    @GetMapping("/quizzes/{id}/questions/{position}/picture")
    ResponseEntity<Resource> picture(Actor me, @PathVariable long id, @PathVariable int position) {
        QuizPicture picture = attempts.picture(me, id, position);
        return FileResponses.inline(picture.file(), picture.content());
    }

    private String refused(Actor me, long id, Model model, DomainException e) {
        if (e.status().value() == 403 || e.status().value() == 404) {
            throw e;
        }
        model.addAttribute("refusal", e);
        model.addAttribute("sheet", attempts.sheet(me, id));
        return "quiz/take";
    }
}
