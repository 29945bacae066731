package org.renrentong.space;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.renrentong.identity.Actor;
import org.renrentong.identity.CurrentActor;
import org.renrentong.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A notice's own page: the notice, for an addressee the answer form and the private thread with the teachers, for
 * those who manage the class the receipts (read, unread, answers), reminders, the threads and the .xlsx export.
 * A refused form comes back to the page with its reason above the form.
 */
@Controller
class NoticePageController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ClassNotices notices;
    private final ClassNoticeExport export;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    NoticePageController(ClassNotices notices, ClassNoticeExport export, CurrentActor currentActor,
                         MessageSource messages) {
        this.notices = notices;
        this.export = export;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/notices/{id}")
    String page(@PathVariable long id, HttpServletRequest request, Model model) {
        Actor me = currentActor.of(request);
        NoticeView notice = notices.open(me, id);
        model.addAttribute("notice", notice);
        if (notice.manages() && notice.details() != null) {
            model.addAttribute("receipts", notices.receipts(me, id));
        }
        return "space/notice";
    }

    @PostMapping("/notices/{id}/answer")
    String answer(@PathVariable long id, Actor me, @RequestParam(required = false) Integer choice,
                  RedirectAttributes redirect, Locale locale) {
        return done(id, "notice-answer", redirect, locale, () -> notices.answer(me, id, choice));
    }

    @PostMapping("/notices/{id}/replies")
    String reply(@PathVariable long id, Actor me, @RequestParam(required = false) String body,
                 @RequestParam(required = false) Long to, RedirectAttributes redirect, Locale locale) {
        return done(id, "notice-threads", redirect, locale, () -> notices.reply(me, id, to, body));
    }

    @PostMapping("/notices/{id}/reminders")
    String remind(@PathVariable long id, Actor me, RedirectAttributes redirect, Locale locale) {
        return done(id, "notice-receipts", redirect, locale,
                () -> redirect.addFlashAttribute("reminded", notices.remind(me, id)));
    }

    @GetMapping("/notices/{id}/answers.xlsx")
    void xlsx(@PathVariable long id, Actor me, HttpServletResponse response, Locale locale) throws IOException {
        // the receipts are read (and the actor checked) before the first byte, so a refusal is still a page
        notices.receipts(me, id);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"notice-" + id + ".xlsx\"");
        export.write(me, id, response.getOutputStream(), locale);
    }

    /** Runs a form's command; a refusal of the input is said above the form, a refusal of the actor goes on. */
    private String done(long id, String anchor, RedirectAttributes redirect, Locale locale, Runnable command) {
        try {
            command.run();
        } catch (DomainException e) {
            if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.NOT_FOUND
                    || e.status() == HttpStatus.UNAUTHORIZED) {
                throw e;
            }
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return "redirect:/notices/" + id + "#" + anchor;
    }
}
