package org.renrentong.audit;

/**
 * How much of the audit log a reader may see, as the identity module worked it out from their role: everything
 * (platform administrators), what happened within a region subtree (region administrators), at one school
 * (school administrators), or nothing. Controllers receive it as a handler argument.
 */
public record AuditScope(Reach reach, String regionPath, Long schoolId) {

    public enum Reach { EVERYTHING, REGION, SCHOOL, NONE }

    public static AuditScope everything() {
        return new AuditScope(Reach.EVERYTHING, null, null);
    }

    public static AuditScope region(String regionPath) {
        return new AuditScope(Reach.REGION, regionPath, null);
    }

    public static AuditScope school(long schoolId) {
        return new AuditScope(Reach.SCHOOL, null, schoolId);
    }

    public static AuditScope none() {
        return new AuditScope(Reach.NONE, null, null);
    }
}
