package org.renrentong.notification;

/** The thing a notification is about, by type; its id makes the link when the notification is read. */
enum Target {
    RESOURCE("/resources/%s"),
    RESOURCE_COMMENTS("/resources/%s#resource-comments"),
    IMPORT("/imports/%s"),
    CHILD_APPS("/children/%s/apps"),
    /** An enterprise's own page; its id is the provider's, which the page finds by the reader's account. */
    APP_PROVIDER("/provider"),
    APP("/provider/apps/%s"),
    /** A notice's own page, where opening it marks it read. */
    NOTICE("/notices/%s"),
    /** A homework: its page shows each reader their part (a student their work, a guardian their child's). */
    HOMEWORK("/homework/%s"),
    /** A closure: its reader's online schedule (the id names the closure, for the record). */
    CLOSURE("/closures/schedule");

    private final String path;

    Target(String path) {
        this.path = path;
    }

    /** The path on this node, e.g. "/resources/7". */
    String path(String id) {
        return path.formatted(id);
    }
}
