package org.renrentong.apps;

import java.time.Instant;
import java.util.List;

/**
 * A child asked their guardians to agree that an app may have some of the child's personal data; each guardian
 * answers in their own account (the child's apps page).
 *
 * @param guardianIds the child's guardians, who are to be told
 * @param askedAt     when it was asked; with the app and the child it names this one request
 */
public record GuardianConsentAsked(long studentId, String studentName, String clientId, String appName,
                                   List<Long> guardianIds, Instant askedAt) {
}
