package org.renrentong.space;

import jakarta.servlet.http.HttpServletRequest;
import org.renrentong.identity.Actor;
import org.renrentong.identity.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notices as JSON: opening one (read receipt), the receipts and reminders for the class's teachers, answers, and
 * private replies.
 */
@RestController
@RequestMapping("/api/v1/notices")
class NoticeApi {

    private final ClassNotices notices;
    private final CurrentActor currentActor;

    NoticeApi(ClassNotices notices, CurrentActor currentActor) {
        this.notices = notices;
        this.currentActor = currentActor;
    }

    /** The index of the chosen option; none (or 0) confirms a 回执. */
    record NewAnswer(Integer choice) {
    }

    /** A reply; {@code to} names the addressee whose thread a teacher answers in. */
    record NewReply(String body, Long to) {
    }

    record Reminded(int reminded) {
    }

    @GetMapping("/{id}")
    NoticeView open(@PathVariable long id, HttpServletRequest request) {
        return notices.open(currentActor.of(request), id);
    }

    @GetMapping("/{id}/receipts")
    Receipts receipts(@PathVariable long id, Actor me) {
        return notices.receipts(me, id);
    }

    @PostMapping("/{id}/reminders")
    Reminded remind(@PathVariable long id, Actor me) {
        return new Reminded(notices.remind(me, id));
    }

    @PutMapping("/{id}/answer")
    NoticeView answer(@PathVariable long id, Actor me, @RequestBody NewAnswer answer) {
        return notices.answer(me, id, answer.choice());
    }

    @PostMapping("/{id}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    NoticeThread.Reply reply(@PathVariable long id, Actor me, @RequestBody NewReply reply) {
        return notices.reply(me, id, reply.to(), reply.body());
    }
}
