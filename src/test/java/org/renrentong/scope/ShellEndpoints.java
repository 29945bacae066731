package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

/** The shell: the front page and the audit log (administrators, each within their scope). */
final class ShellEndpoints extends Declarations {

    ShellEndpoints(MatrixWorld w) {
        super(w);
        on("GET /").allow(EVERYONE);
        on("GET /api/v1/audit").allow(ADMINS);
        on("GET /audit").allow(ADMINS);
        on("GET /audit/rows").allow(ADMINS);
    }
}
