package org.renrentong.apps.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An app as its provider and the administrators who decide on it see it.
 *
 * @param scopes   the scopes it asks for, each with its purpose, in the order of {@link AppRules#SCOPES}
 * @param clientId its OIDC client, registered at the first approval; null before
 * @param regions  where it applied, and what each region decided
 * @param screenshots the positions of its screenshots, in order
 * @param changesAsked whether an edit widened it beyond what was approved, and waits for a region that approved it
 * @param changesRefusal why the last such edit was refused (and the app put back as approved); null if none was
 */
public record App(long id, long providerId, String providerName, String name, AppCategory category,
                  String description, Set<Audience> audiences, Set<String> stages, Set<String> subjects,
                  String launchUrl, List<String> redirectUris, Map<String, String> scopes, String filingNumber,
                  String clientId, boolean suspended, List<RegionDecision> regions, List<Integer> screenshots,
                  boolean changesAsked, String changesRefusal) {
}
