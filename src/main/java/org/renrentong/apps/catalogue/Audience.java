package org.renrentong.apps.catalogue;

import java.util.Optional;
import org.renrentong.identity.Role;

/** Whom an app is for; a person finds the apps of the audience their current role belongs to. */
public enum Audience {
    TEACHER, STUDENT, GUARDIAN;

    static Optional<Audience> of(Role role) {
        return switch (role) {
            case TEACHER -> Optional.of(TEACHER);
            case STUDENT -> Optional.of(STUDENT);
            case GUARDIAN -> Optional.of(GUARDIAN);
            default -> Optional.empty();
        };
    }
}
