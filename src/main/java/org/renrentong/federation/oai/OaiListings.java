package org.renrentong.federation.oai;

import org.renrentong.resource.Resources;
import org.springframework.stereotype.Component;

/** Makes the {@link OaiListing} of each request, for its harvester. */
@Component
class OaiListings {

    private final OaiRecords records;
    private final OaiIdentifiers identifiers;
    private final Resources resources;
    private final OaiMetadata metadata;
    private final OaiTokens tokens;

    OaiListings(OaiRecords records, OaiIdentifiers identifiers, Resources resources, OaiMetadata metadata,
                OaiTokens tokens) {
        this.records = records;
        this.identifiers = identifiers;
        this.resources = resources;
        this.metadata = metadata;
        this.tokens = tokens;
    }

    OaiListing of(OaiReach harvester) {
        return new OaiListing(harvester, records, identifiers, resources, metadata, tokens);
    }
}
