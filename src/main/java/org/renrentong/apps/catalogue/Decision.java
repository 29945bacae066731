package org.renrentong.apps.catalogue;

/**
 * An app at one region: applied for and waiting, approved (for the region and every region below it), refused with
 * a reason, or opted out of by a lower region that does not want what a higher one approved.
 */
public enum Decision {
    PENDING, APPROVED, REFUSED, OPTED_OUT
}
