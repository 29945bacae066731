package org.renrentong.federation.harvest;

/**
 * Whether a source is harvested: ACTIVE on its schedule; PAUSED by an administrator; SUSPENDED (a child node its
 * parent suspended); REMOVED (a child that left: kept for its runs and errors, never harvested again).
 */
public enum SourceState {
    ACTIVE, PAUSED, SUSPENDED, REMOVED
}
