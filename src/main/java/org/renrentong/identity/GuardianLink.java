package org.renrentong.identity;

/**
 * What linking a guardian by phone did. LINKED: a new account was made, or the phone's owner already was this
 * student's guardian. INVITED: the phone belongs to an existing account, which was sent an invitation to accept in
 * that account; the answer then names no one — only what the caller entered and the masked phone.
 */
public record GuardianLink(Outcome outcome, Long guardianId, String name, String relation, String phoneMasked) {

    public enum Outcome { LINKED, INVITED }
}
