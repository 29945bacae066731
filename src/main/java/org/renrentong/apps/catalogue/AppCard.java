package org.renrentong.apps.catalogue;

/**
 * An app as the app centre shows it to a person: what it is, who makes it, and where it opens.
 *
 * @param screenshot the position of its first screenshot, or null when it has none
 */
public record AppCard(long id, String name, AppCategory category, String description, String providerName,
                      String launchUrl, Integer screenshot) {
}
