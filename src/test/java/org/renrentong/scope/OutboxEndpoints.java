package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The outbox of events between modules: the platform administrator alone sees it and delivers a publication again.
 * Each allowed "deliver again" gets a failed publication made for it (delivered again, it succeeds and is gone); a
 * refused caller names one that does not exist, since the refusal comes before the look-up.
 */
final class OutboxEndpoints extends Declarations {

    static final Set<Caller> ONLY_PLATFORM = EnumSet.of(PLATFORM);

    OutboxEndpoints(MatrixWorld w) {
        super(w);
        String firstKey = "2000-01-01T00:00:00Z~" + new UUID(0, 0);

        on("GET /api/v1/events").param("status", "FAILED").allow(ONLY_PLATFORM);
        on("GET /admin/events").allow(ONLY_PLATFORM);
        on("GET /admin/events/rows").param("after", firstKey).allow(ONLY_PLATFORM);
        on("POST /api/v1/events/{id}/delivery").at("a failed delivery",
                c -> c.fresh(w::freshFailedDelivery, UUID.randomUUID())).allow(ONLY_PLATFORM);
        on("POST /admin/events/{id}/delivery").at("a failed delivery",
                c -> c.fresh(w::freshFailedDelivery, UUID.randomUUID())).allow(ONLY_PLATFORM);
    }
}
