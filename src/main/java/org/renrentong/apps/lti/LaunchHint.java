package org.renrentong.apps.lti;

/**
 * The {@code lti_message_hint}: what a launch is for — the tool in a class, a placed link, or a teacher picking the
 * tool's content for a class (deep linking). It only names the target; everything is checked again when the tool
 * comes back, for the person signed in then.
 */
record LaunchHint(Kind kind, long id) {

    enum Kind { CLASS, LINK, PICK }

    static LaunchHint tool(long classId) {
        return new LaunchHint(Kind.CLASS, classId);
    }

    static LaunchHint link(long linkId) {
        return new LaunchHint(Kind.LINK, linkId);
    }

    static LaunchHint pick(long classId) {
        return new LaunchHint(Kind.PICK, classId);
    }

    /** "class:12", "link:7", "pick:12"; null for anything else. */
    static LaunchHint parse(String hint) {
        if (hint == null) {
            return null;
        }
        for (Kind kind : Kind.values()) {
            String prefix = kind.name().toLowerCase() + ":";
            if (hint.startsWith(prefix)) {
                try {
                    return new LaunchHint(kind, Long.parseLong(hint.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + ":" + id;
    }
}
