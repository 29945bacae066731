package org.renrentong.identity;

/** A person as administrators see them: identity data masked. */
public record Person(long id, String account, String name, Gender gender, String phoneMasked, String idCardMasked,
                     Long schoolId, String studentNo, String staffNo, boolean locked, boolean mustChangePassword) {

    public enum Gender { MALE, FEMALE, UNKNOWN }
}
