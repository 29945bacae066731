package org.renrentong.federation.oai;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.verbs.ListIdentifiers;
import io.gdcc.xoai.model.oaipmh.verbs.ListRecords;
import io.gdcc.xoai.xml.XmlWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLStreamException;
import org.renrentong.federation.PeerRequests;
import org.renrentong.shared.ThisNode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The OAI-PMH 2.0 provider: the library (xoai) reads the request, checks its arguments and writes the answer; this
 * node supplies the records, sets and formats, and keyset resumption tokens. Visitors harvest the published
 * resources public to everyone; a joined node (its request signed) also those shared with the federation.
 */
@Service
class OaiProvider {

    private final OaiFeed feed;
    private final OaiListings listings;
    private final OaiRecords records;
    private final OaiSets sets;
    private final OaiMetadata metadata;
    private final OaiTokens tokens;
    private final ThisNode thisNode;
    private final ObjectProvider<PeerRequests> peers;
    private final String baseUrl;
    private final String adminEmail;
    private final int pageRecords;
    private final int pageIdentifiers;

    OaiProvider(OaiFeed feed, OaiListings listings, OaiRecords records, OaiSets sets, OaiMetadata metadata,
                OaiTokens tokens, ThisNode thisNode, ObjectProvider<PeerRequests> peers,
                @Value("${renrentong.public-base-url}") String baseUrl,
                @Value("${renrentong.oai.admin-email}") String adminEmail,
                @Value("${renrentong.oai.page-records:500}") int pageRecords,
                @Value("${renrentong.oai.page-identifiers:500}") int pageIdentifiers) {
        this.feed = feed;
        this.listings = listings;
        this.records = records;
        this.sets = sets;
        this.metadata = metadata;
        this.tokens = tokens;
        this.thisNode = thisNode;
        this.peers = peers;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.adminEmail = adminEmail;
        this.pageRecords = pageRecords;
        this.pageIdentifiers = pageIdentifiers;
    }

    /** Answers the request (its query or form parameters) in OAI-PMH XML, UTF-8. */
    void respond(HttpServletRequest request, OutputStream response) throws XMLStreamException, IOException {
        feed.catchUp();
        OaiReach harvester = joinedNode(request) ? OaiReach.FEDERATION : OaiReach.VISITORS;
        OaiListing listing = listings.of(harvester);
        RepositoryConfiguration configuration = configuration(harvester, listing);
        Context context = new Context();
        metadata.formats().forEach(context::withMetadataFormat);
        Repository repository = new Repository(configuration).withItemRepository(listing).withSetRepository(sets);
        OAIPMH answer = new DataProvider(context, repository)
                .handle(DayGranularity.widened(request.getParameterMap(), Clock.systemUTC()));
        expiring(answer, listing);
        Blocks out = new Blocks(response);
        try (XmlWriter writer = new XmlWriter(out, configuration)) {
            writer.writeStartDocument("UTF-8", "1.0");
            writer.write(answer);
            writer.writeEndDocument();
            writer.flush();
        }
        out.finish();
    }

    /**
     * The answer passed on in blocks: the library flushes its writer after every record, which would otherwise send
     * each record to the network alone.
     */
    private static final class Blocks extends BufferedOutputStream {

        Blocks(OutputStream out) {
            super(out, 64 * 1024);
        }

        @Override
        public void flush() {
            // the blocks go as they fill, the rest at the end (finish)
        }

        void finish() throws IOException {
            super.flush();
        }
    }

    private boolean joinedNode(HttpServletRequest request) {
        PeerRequests signed = peers.getIfAvailable();
        return signed != null && signed.signer(request).isPresent();
    }

    private RepositoryConfiguration configuration(OaiReach harvester, OaiListing listing) {
        Instant earliest = records.earliest(harvester).orElseGet(Instant::now).truncatedTo(ChronoUnit.SECONDS);
        return new RepositoryConfiguration.RepositoryConfigurationBuilder()
                .withRepositoryName(thisNode.name())
                .withBaseUrl(baseUrl + "/oai")
                .withAdminEmail(adminEmail)
                .withEarliestDate(earliest)
                .withGranularity(Granularity.Second)
                .withDeleteMethod(DeletedRecord.PERSISTENT)
                .withMaxListRecords(pageRecords)
                .withMaxListIdentifiers(pageIdentifiers)
                .withMaxListSets(10_000)
                .withResumptionTokenFormat(new OaiTokenFormat(tokens, listing))
                .build();
    }

    /** The library leaves a token's expiry to the repository: every token of a page expires together. */
    private static void expiring(OAIPMH answer, OaiListing listing) {
        ResumptionToken token = null;
        if (answer.getVerb() instanceof ListRecords list) {
            token = list.getResumptionToken();
        } else if (answer.getVerb() instanceof ListIdentifiers list) {
            token = list.getResumptionToken();
        }
        if (token != null && !token.getValue().isEmpty()) {
            token.withExpirationDate(listing.expires());
        }
    }
}
