package org.renrentong.org;

/** Published inside the creating transaction, so that an institution's space is created with it or not at all. */
public final class OrgEvents {

    private OrgEvents() {
    }

    public record SchoolCreated(long schoolId, String name, String regionPath) {
    }

    public record ClassCreated(long classId, long schoolId, String fullName, String regionPath) {
    }

    public record GroupCreated(long groupId, Long schoolId, String name, String regionPath) {
    }

    public record BureauCreated(long bureauId, String name, String regionPath) {
    }
}
