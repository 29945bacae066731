package org.renrentong.identity;

/**
 * The roles a person may hold; one person may hold several and switches between them. An app provider is the
 * account of an enterprise, held at its organisation: no school person and no administrator.
 */
public enum Role {
    STUDENT, TEACHER, GUARDIAN, SCHOOL_ADMIN, REGION_ADMIN, EXPERT, PLATFORM_ADMIN, APP_PROVIDER;

    public boolean isAdministrator() {
        return this == SCHOOL_ADMIN || this == REGION_ADMIN || this == PLATFORM_ADMIN;
    }
}
