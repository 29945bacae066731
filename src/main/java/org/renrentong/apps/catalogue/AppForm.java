package org.renrentong.apps.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a provider enters for an app. {@code scopes} maps each OIDC scope the app asks for ({@code profile},
 * {@code role}, {@code organisation}, {@code region}) to the plain-language purpose shown on the consent screen; a
 * scope with a blank purpose is not asked for. Redirect URIs are https (or http://localhost while developing).
 *
 * @param stages       stage codes of the textbook tree (empty: every stage)
 * @param subjects     subject codes of the textbook tree (empty: every subject)
 * @param filingNumber the app's 教育APP备案 number
 */
public record AppForm(String name, AppCategory category, String description, Set<Audience> audiences,
                      Set<String> stages, Set<String> subjects, String launchUrl, List<String> redirectUris,
                      Map<String, String> scopes, String filingNumber) {
}
