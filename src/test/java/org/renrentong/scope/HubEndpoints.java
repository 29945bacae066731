package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.util.EnumSet;
import java.util.Set;

/** The hub's statistics (published resources by origin, level and subject): the platform administrator's alone. */
final class HubEndpoints extends Declarations {

    static final Set<Caller> ONLY_PLATFORM = EnumSet.of(PLATFORM);

    HubEndpoints(MatrixWorld w) {
        super(w);
        on("GET /api/v1/federation/statistics").allow(ONLY_PLATFORM);
        on("GET /admin/federation/statistics").allow(ONLY_PLATFORM);
        on("GET /admin/federation/statistics.xlsx").allow(ONLY_PLATFORM);
    }
}
