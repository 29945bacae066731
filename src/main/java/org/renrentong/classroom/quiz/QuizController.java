package org.renrentong.classroom.quiz;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The teacher's quiz pages: the list, setting a quiz, its results with the chart, marking, the export. */
@Controller
class QuizController {

    private static final FormErrors ERRORS = FormErrors.fields("quiz.title", "title", "quiz.window", "opensAt",
            "quiz.limit", "timeLimitMinutes", "quiz.entries", "itemIds", "quiz.points", "itemIds",
            "quiz.item", "itemIds", "quiz.mark", "");

    private final Quizzes quizzes;
    private final ItemBank bank;
    private final QuizResults results;
    private final QuizResultsExport export;
    private final QuizMarking marking;
    private final AttemptReview review;
    private final Schools schools;

    QuizController(Quizzes quizzes, ItemBank bank, QuizResults results, QuizResultsExport export,
                   QuizMarking marking, AttemptReview review, Schools schools) {
        this.quizzes = quizzes;
        this.bank = bank;
        this.results = results;
        this.export = export;
        this.marking = marking;
        this.review = review;
        this.schools = schools;
    }

    @GetMapping("/quizzes")
    String list(Actor me, Model model) {
        model.addAttribute("quizzes", quizzes.mine(me));
        model.addAttribute("student", me.is(Role.STUDENT));
        return "quiz/list";
    }

    @GetMapping("/quizzes/new")
    String newQuiz(Actor me, Model model) {
        QuizForm form = new QuizForm();
        LocalDateTime now = LocalDateTime.now(QuizForm.SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
        form.setOpensAt(now.toString());
        form.setClosesAt(now.plusDays(1).toString());
        return form(me, model, form);
    }

    @PostMapping("/quizzes")
    String create(Actor me, @ModelAttribute("form") QuizForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        try {
            Quiz quiz = quizzes.create(me, form.draft());
            redirect.addFlashAttribute("done", "quiz.set");
            return "redirect:/quizzes/" + quiz.id() + "/results";
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return form(me, model, form);
        }
    }

    /** Where a quiz's link leads: the student to their sheet, the others to the results. */
    @GetMapping("/quizzes/{id}")
    String quiz(Actor me, @PathVariable long id) {
        quizzes.visible(me, id);
        return "redirect:/quizzes/" + id + (me.is(Role.STUDENT) ? "/take" : "/results");
    }

    @GetMapping("/quizzes/{id}/results")
    String results(Actor me, @PathVariable long id, Model model) {
        QuizReport report = results.report(me, id);
        model.addAttribute("report", report);
        model.addAttribute("mayMark", me.is(Role.TEACHER) && report.quiz().ownerId() == me.personId());
        return "quiz/results";
    }

    @GetMapping("/quizzes/{id}/results.xlsx")
    void exportResults(Actor me, @PathVariable long id, Locale locale, HttpServletResponse response)
            throws IOException {
        QuizReport report = results.report(me, id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"quiz-" + id + "-results.xlsx\"");
        export.write(me, report, response.getOutputStream(), locale);
    }

    @PostMapping("/quizzes/{id}/remark")
    String remark(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        marking.remark(me, id);
        redirect.addFlashAttribute("done", "quiz.remarked");
        return "redirect:/quizzes/" + id + "/results";
    }

    @GetMapping("/quizzes/{id}/attempts/{attemptId}")
    String attempt(Actor me, @PathVariable long id, @PathVariable long attemptId, Model model) {
        model.addAttribute("review", review.of(me, id, attemptId));
        return "quiz/attempt";
    }

    @PostMapping("/quizzes/{id}/attempts/{attemptId}/answers/{position}/mark")
    String mark(Actor me, @PathVariable long id, @PathVariable long attemptId, @PathVariable int position,
                @RequestParam(required = false) String points, @RequestParam(required = false) String comment,
                Model model, RedirectAttributes redirect) {
        try {
            marking.markAnswer(me, id, attemptId, position, number(points), comment);
            redirect.addFlashAttribute("done", "quiz.mark.saved");
            return "redirect:/quizzes/" + id + "/attempts/" + attemptId;
        } catch (DomainException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            model.addAttribute("review", review.of(me, id, attemptId));
            model.addAttribute("refusal", e);
            model.addAttribute("refusedPosition", position);
            return "quiz/attempt";
        }
    }

    private static BigDecimal number(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }

    private String form(Actor me, Model model, QuizForm form) {
        // a refused form keeps its binding result, which a new "form" attribute would drop
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("items", bank.bank(me, null, null, 200));
        model.addAttribute("classes", schools.myClasses(me));
        return "quiz/quiz-form";
    }
}
