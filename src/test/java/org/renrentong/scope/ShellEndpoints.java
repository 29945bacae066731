package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

/** The shell: the front page, where one lands, the dashboards and the audit log (administrators, within scope). */
final class ShellEndpoints extends Declarations {

    ShellEndpoints(MatrixWorld w) {
        super(w);
        on("GET /").allow(EVERYONE);
        on("GET /home").allow(SIGNED_IN);
        on("GET /dashboard").allow(ADMINS);
        on("GET /api/v1/audit").allow(ADMINS);
        on("GET /audit").allow(ADMINS);
        on("GET /audit/rows").allow(ADMINS);
    }
}
