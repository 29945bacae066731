package org.renrentong.identity;

/** A person as administrators see them: identity data masked. */
public record Person(long id, String account, String name, Gender gender, String phoneMasked, String idCardMasked,
                     Long schoolId, String studentNo, String staffNo, boolean locked, boolean mustChangePassword) {

    public enum Gender { MALE, FEMALE, UNKNOWN }

    /**
     * The person as a school sees a guardian of its student whom it does not administer: name and masked phone only
     * (no account, so no link to a page the reader may not open).
     */
    Person asGuardianOnly() {
        return new Person(id, null, name, Gender.UNKNOWN, phoneMasked, null, null, null, null, false, false);
    }
}
