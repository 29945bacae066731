package org.renrentong.federation.oai;

import java.util.Optional;
import org.renrentong.resource.Resource;
import org.springframework.stereotype.Component;

/**
 * A resource's OAI identifier and back. The identity of a record is its origin: {@code oai:<origin node
 * code>:resource/<id at the origin>}. A resource harvested from elsewhere keeps its origin's identifier; back from an
 * identifier goes through the provider's records, so it holds for both kinds.
 */
@Component
class OaiIdentifiers {

    private final OaiRecords records;

    OaiIdentifiers(OaiRecords records) {
        this.records = records;
    }

    static String of(Resource r) {
        return r.harvested() ? r.originIdentifier() : "oai:" + r.origin() + ":resource/" + r.id();
    }

    /** The resource the identifier names, when this node ever served it. */
    Optional<OaiRecords.Row> record(String identifier) {
        return records.byIdentifier(identifier);
    }
}
