package org.renrentong.apps.catalogue;

/**
 * An app as an administrator's page lists it.
 *
 * @param reaches   whether an approval reaches the administrator's own region (or school)
 * @param inherited whether it reaches them from a region above, with no decision of their region's own
 * @param hidden    whether the administrator's school hides it from its people
 */
public record AdminApp(App app, boolean reaches, boolean inherited, boolean hidden) {
}
