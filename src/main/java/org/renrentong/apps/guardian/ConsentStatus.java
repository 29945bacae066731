package org.renrentong.apps.guardian;

/**
 * Where a guardian's answer to an app stands for one child. NONE: never asked; PENDING: asked (again), a guardian's
 * answer awaited, while what was granted before still holds; GRANTED: some scopes granted; REFUSED: nothing granted.
 */
public enum ConsentStatus {
    NONE, PENDING, GRANTED, REFUSED
}
