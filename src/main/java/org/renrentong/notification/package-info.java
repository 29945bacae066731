/**
 * The notification centre: notifications per person (the bell's unread count, the list, read state), written by
 * listening to the other modules' events and read in the reader's language; a person's choice of the kinds that also
 * reach them by e-mail or SMS, sent through {@link org.renrentong.notification.NotificationSender}. Nothing depends
 * on it but the shell's bell.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "apps", "audit", "classroom", "identity", "resource", "roster", "shared", "space"})
package org.renrentong.notification;
