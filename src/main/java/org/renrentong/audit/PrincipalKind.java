package org.renrentong.audit;

/**
 * What acts: a person (signed in, or proving who they are with a code or link), an application client (an app
 * onboarded through single sign-on) or a peer node of the federation. The audit log records it with every act.
 */
public enum PrincipalKind {
    PERSON, CLIENT, NODE
}
