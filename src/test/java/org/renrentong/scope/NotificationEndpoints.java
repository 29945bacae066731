package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

/**
 * The notification centre: everyone signed in has their own list, count and channel choices; a notification is its
 * person's alone to open or mark, and hidden from everyone else.
 */
final class NotificationEndpoints extends Declarations {

    NotificationEndpoints(MatrixWorld w) {
        super(w);
        on("GET /notifications").allow(SIGNED_IN);
        on("POST /notifications/read-all").allow(SIGNED_IN);
        on("GET /notifications/settings").allow(SIGNED_IN);
        on("POST /notifications/settings").param("email", "REVIEW_DECIDED").allow(SIGNED_IN);
        on("GET /api/v1/notifications").allow(SIGNED_IN);
        on("GET /api/v1/notifications/unread-count").allow(SIGNED_IN);
        on("POST /api/v1/notifications/read-all").allow(SIGNED_IN);
        on("GET /api/v1/notifications/preferences").allow(SIGNED_IN);
        on("PUT /api/v1/notifications/preferences")
                .json(c -> "[{\"kind\":\"IMPORT_FAILED\",\"email\":false,\"sms\":true}]").allow(SIGNED_IN);
        for (String own : new String[] {"GET /notifications/{id}/open", "POST /api/v1/notifications/{id}/read"}) {
            on(own).at("the teacher's", c -> notificationOf(TEACHER)).allow(only(TEACHER)).hiddenAs404();
        }
    }

    /** A fresh notification of the caller's, about a resource (the link is not followed). */
    private long notificationOf(Caller caller) {
        return w.jdbc.sql("""
                INSERT INTO notification (person_id, kind, message_key, message_args, target_type, target_id, source)
                VALUES (?, 'REVIEW_DECIDED', 'notification.review.PUBLISHED', ARRAY['矩阵', ''], 'RESOURCE', '1', ?)
                RETURNING id""").params(w.person(caller).id(), "matrix:" + System.nanoTime())
                .query(Long.class).single();
    }
}
