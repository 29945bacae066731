package org.renrentong.apps.provider;

import java.util.List;
import java.util.Set;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Anchors;
import org.renrentong.identity.Principal;
import org.renrentong.identity.Role;
import org.renrentong.identity.RoleGrant;
import org.renrentong.shared.ThisNode;
import org.springframework.stereotype.Component;

/**
 * This node as the one who records an enterprise's self-registration: a visitor has no account yet, so the node's
 * public page acts, as a node principal (no person), for the provider-to-be; the audit log names the node.
 */
@Component
class RegistrationDesk {

    private final ThisNode node;

    RegistrationDesk(ThisNode node) {
        this.node = node;
    }

    Actor actor() {
        return new Actor(new Principal(PrincipalKind.NODE, 0, node.code()), node.code(),
                new RoleGrant(0, Role.APP_PROVIDER, null, null, null, null),
                new Anchors("", null, Set.of(), Set.of(), null, null), List.of());
    }
}
