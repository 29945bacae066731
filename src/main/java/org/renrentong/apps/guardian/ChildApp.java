package org.renrentong.apps.guardian;

import java.time.Instant;
import java.util.List;

/**
 * An app as a guardian sees it for one child: what it asked for, what a guardian granted, what it has been given
 * (the scopes of its tokens) and since when (its first token; null if it never had one).
 */
public record ChildApp(String clientId, String name, ConsentStatus status, List<String> asked, List<String> granted,
                       List<String> released, Instant firstTokenAt, Instant askedAt) {
}
