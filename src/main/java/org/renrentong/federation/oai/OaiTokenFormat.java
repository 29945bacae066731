package org.renrentong.federation.oai;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.services.api.ResumptionTokenFormat;

/**
 * The library's resumption token format for one request, bound to its {@link OaiListing}: reading the client's
 * token hands its keyset position to the listing; writing the answer's token takes the listing's next position.
 * The library's own token value has only an offset, which cannot page by keyset.
 */
final class OaiTokenFormat implements ResumptionTokenFormat {

    private final OaiTokens tokens;
    private final OaiListing listing;

    OaiTokenFormat(OaiTokens tokens, OaiListing listing) {
        this.tokens = tokens;
        this.listing = listing;
    }

    @Override
    public ResumptionTokenFormat withGranularity(Granularity granularity) {
        return this; // seconds only, as the provider declares
    }

    @Override
    public String format(ResumptionToken.Value value) {
        return listing.nextToken(value);
    }

    @Override
    public ResumptionToken.Value parse(String token) throws BadResumptionTokenException {
        OaiTokens.State s = tokens.decode(token);
        listing.resume(s);
        var value = new ResumptionToken.ValueBuilder().withOffset(s.cursor()).withMetadataPrefix(s.prefix());
        if (s.set() != null) {
            value.withSetSpec(s.set());
        }
        if (s.from() != null) {
            value.withFrom(s.from());
        }
        if (s.until() != null) {
            value.withUntil(s.until());
        }
        return value.build();
    }
}
