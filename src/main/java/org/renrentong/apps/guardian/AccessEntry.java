package org.renrentong.apps.guardian;

import java.time.Instant;
import java.util.List;

/** One line of a child's access record: an app was issued a token ({@code TOKEN_ISSUED}) or read userinfo. */
public record AccessEntry(long id, Instant at, String clientId, String app, String action, List<String> scopes) {
}
