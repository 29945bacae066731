package org.renrentong.identity;

import org.renrentong.audit.PrincipalKind;

/**
 * Who acts: a person, an application client or a peer node, by the id and name it has in its own kind (a person's
 * id and account, a client's id and client id, a node's id and code).
 */
public record Principal(PrincipalKind kind, long id, String name) {

    public static Principal person(long personId, String account) {
        return new Principal(PrincipalKind.PERSON, personId, account);
    }

    public boolean isPerson() {
        return kind == PrincipalKind.PERSON;
    }
}
