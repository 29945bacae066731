package org.renrentong.notification;

import java.util.List;
import org.renrentong.apps.AppsEvents;
import org.renrentong.apps.GuardianConsentAsked;
import org.renrentong.resource.ResourceEvents;
import org.renrentong.roster.RosterEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' facts into notifications. Each runs after the publishing transaction committed, in a
 * transaction of its own; the event publication registry keeps an event until its listener completed, so a crash
 * or a failure is retried, and the notification's source key makes a second delivery harmless.
 */
@Component
class NotificationListeners {

    private final Inbox inbox;

    NotificationListeners(Inbox inbox) {
        this.inbox = inbox;
    }

    /** The owner learns of a reviewer's decision on their resource. */
    @ApplicationModuleListener
    void on(ResourceEvents.ReviewDecided e) {
        inbox.deliver(new NewNotification(e.ownerId(), NotificationKind.REVIEW_DECIDED,
                "notification.review." + e.decision(), List.of(e.title(), withoutFinalStop(e.reason())),
                Target.RESOURCE, String.valueOf(e.resourceId()),
                "review:" + e.resourceId() + ":" + e.version() + ":" + e.decision() + ":"
                        + e.decidedAt().toEpochMilli()));
    }

    /** Those who may moderate a new comment learn that it waits for them. */
    @ApplicationModuleListener
    void on(ResourceEvents.CommentAwaitingModeration e) {
        for (long moderator : e.moderatorIds()) {
            inbox.deliver(new NewNotification(moderator, NotificationKind.COMMENT_AWAITING_MODERATION,
                    "notification.comment.pending", List.of(e.title()), Target.RESOURCE_COMMENTS,
                    String.valueOf(e.resourceId()), "comment:" + e.commentId()));
        }
    }

    /** Whoever started an import learns that it wrote its rows. */
    @ApplicationModuleListener
    void on(RosterEvents.ImportFinished e) {
        inbox.deliver(new NewNotification(e.requestedBy(), NotificationKind.IMPORT_FINISHED,
                "notification.import.DONE", List.of(String.valueOf(e.created()), String.valueOf(e.updated())),
                Target.IMPORT, e.jobId().toString(), "import:" + e.jobId()));
    }

    /** Whoever started an import learns that it wrote nothing; the job's page says why. */
    @ApplicationModuleListener
    void on(RosterEvents.ImportFailed e) {
        inbox.deliver(new NewNotification(e.requestedBy(), NotificationKind.IMPORT_FAILED,
                "notification.import." + e.status(), List.of(), Target.IMPORT, e.jobId().toString(),
                "import:" + e.jobId()));
    }

    /** Each guardian of a child learns that the child asks them to agree to an app having some of their data. */
    @ApplicationModuleListener
    void on(GuardianConsentAsked e) {
        for (long guardian : e.guardianIds()) {
            inbox.deliver(new NewNotification(guardian, NotificationKind.GUARDIAN_CONSENT_ASKED,
                    "notification.guardianConsent.asked", List.of(e.studentName(), e.appName()), Target.CHILD_APPS,
                    String.valueOf(e.studentId()),
                    "guardian-consent:" + e.clientId() + ":" + e.studentId() + ":" + e.askedAt().toEpochMilli()));
        }
    }

    /** An enterprise's accounts learn whether its registration as an app provider was approved, and why not. */
    @ApplicationModuleListener
    void on(AppsEvents.ProviderVetted e) {
        for (long person : e.people()) {
            inbox.deliver(new NewNotification(person, NotificationKind.APP_PROVIDER_VETTED,
                    "notification.provider." + (e.approved() ? "APPROVED" : "REFUSED"),
                    List.of(e.providerName(), withoutFinalStop(e.reason())), Target.APP_PROVIDER,
                    String.valueOf(e.providerId()), "provider:" + e.providerId()));
        }
    }

    /** A provider's accounts learn what a region decided on its app. */
    @ApplicationModuleListener
    void on(AppsEvents.AppDecided e) {
        String decision = e.approved() ? "APPROVED" : "REFUSED";
        for (long person : e.people()) {
            inbox.deliver(new NewNotification(person, NotificationKind.APP_DECIDED, "notification.app." + decision,
                    List.of(e.appName(), e.regionName(), withoutFinalStop(e.reason())), Target.APP,
                    String.valueOf(e.appId()), "app:" + e.appId() + ":" + decision + ":"
                            + e.decidedAt().toEpochMilli()));
        }
    }

    /** The reason as a clause of the sentence, which ends it itself (no "。。"). */
    static String withoutFinalStop(String reason) {
        return reason == null ? "" : reason.replaceAll("[。.！!]+$", "");
    }
}
