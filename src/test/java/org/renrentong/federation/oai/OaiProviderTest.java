package org.renrentong.federation.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.LomXml;
import org.renrentong.identity.Actor;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceVisibility;
import org.renrentong.resource.Resources;
import org.renrentong.resource.ReviewAction;
import org.renrentong.resource.Reviews;
import org.renrentong.shared.ThisNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OAI-PMH provider over HTTP: each verb, the records of published public resources (deleted for ever once
 * withdrawn), exact datestamp bounds, keyset resumption chains with size and cursor, signed tokens, and the
 * protocol's error codes (never a server error). Pages hold 5 records in tests.
 */
@IntegrationTest
class OaiProviderTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    Reviews reviews;
    @Autowired
    Resources service;
    @Autowired
    OaiTokens tokens;
    @Autowired
    OaiListings listings;
    @Autowired
    OaiMetadata metadata;
    @Autowired
    OaiFeed feed;
    @Autowired
    ThisNode thisNode;
    @Autowired
    OaiProvider provider;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void identifyDescribesThisNode() throws Exception {
        published(ResourceVisibility.PUBLIC);
        Document d = oai("verb=Identify");
        assertThat(text(d, "repositoryName")).isEqualTo(nodeName());
        assertThat(text(d, "baseURL")).endsWith("/oai");
        assertThat(text(d, "protocolVersion")).isEqualTo("2.0");
        assertThat(text(d, "deletedRecord")).isEqualTo("persistent");
        assertThat(text(d, "granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(text(d, "adminEmail")).isEqualTo("oai-admin@renrentong.example");
        assertThat(Instant.parse(text(d, "earliestDatestamp"))).isBefore(Instant.now());
    }

    @Test
    void listsItsFormatsForTheRepositoryAndForARecord() throws Exception {
        Resource r = published(ResourceVisibility.PUBLIC);
        assertThat(oai("verb=ListMetadataFormats").select("metadataPrefix").eachText()).contains("oai_dc", "lom");
        assertThat(oai("verb=ListMetadataFormats&identifier=" + OaiIdentifiers.of(r)).select("metadataPrefix")
                .eachText()).contains("oai_dc", "lom");
        // made once, not for every request (each costs a look-up of the XML factories on the class path)
        assertThat(metadata.formats()).isSameAs(metadata.formats());
    }

    @Test
    void getRecordServesAPublishedPublicResourceInDublinCoreWithItsOrigin() throws Exception {
        Resource r = published(ResourceVisibility.PUBLIC);
        String identifier = "oai:" + thisNode.code() + ":resource/" + r.id();
        Document d = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier);
        assertThat(text(d, "header > identifier")).isEqualTo(identifier);
        assertThat(d.selectFirst("header").hasAttr("status")).isFalse();
        assertThat(d.select("header > setSpec").eachText()).contains("origin:" + thisNode.code());
        assertThat(d.select("dc|title").eachText()).containsExactly(r.title());
        assertThat(d.select("dc|identifier").eachText()).contains(identifier);
        assertThat(d.select("dc|source").eachText()).contains(thisNode.code());
        assertThat(d.select("dc|publisher").eachText()).contains(nodeName());
    }

    @Test
    void getRecordServesIeeeLomThatReadsBackWithItsOriginByName() throws Exception {
        Resource r = published(ResourceVisibility.PUBLIC);
        Document d = oai("verb=GetRecord&metadataPrefix=lom&identifier=" + OaiIdentifiers.of(r));
        d.outputSettings().prettyPrint(false);
        Element lom = d.selectFirst("metadata > lom");
        assertThat(lom.attr("xmlns")).isEqualTo(LomXml.NAMESPACE);
        LomXml.Read read = LomXml.parse(lom.outerHtml());
        assertThat(read.record().general().title()).isEqualTo(r.title());
        assertThat(read.record().general().identifier().catalog()).isEqualTo(thisNode.code());
        assertThat(read.originName()).isEqualTo(nodeName());
    }

    @Test
    void theLomRecordSaysWhereEachFileIsFetchedAndAVisitorFetchesTheFileItsChecksumNames() throws Exception {
        Resource r = published(ResourceVisibility.PUBLIC);
        Document d = oai("verb=GetRecord&metadataPrefix=lom&identifier=" + OaiIdentifiers.of(r));
        d.outputSettings().prettyPrint(false);
        var lom = LomXml.parse(d.selectFirst("metadata > lom").outerHtml()).record();

        List<String> locations = lom.technical().locations();
        assertThat(locations).hasSize(r.files().size()).isNotEmpty();
        for (int i = 0; i < locations.size(); i++) {
            String sha256 = lom.relations().get(i).resource().entry();
            java.net.URI uri = java.net.URI.create(locations.get(i));
            byte[] body = mvc.perform(get(uri.getRawPath())).andReturn().getResponse().getContentAsByteArray();
            assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(body))).as("what a visitor fetches from " + uri).isEqualTo(sha256);
        }
    }

    @Test
    void aWithdrawnResourceIsServedAsDeletedForEver() throws Exception {
        Actor teacher = teacher();
        Resource harvested = publish(teacher, ResourceVisibility.PUBLIC);
        feed.catchUp();
        reviews.act(fixtures.platformAdmin(), harvested.id(), ReviewAction.RETIRE, "过时");
        // published and withdrawn before the provider followed either change
        Resource r = publish(teacher, ResourceVisibility.PUBLIC);
        reviews.act(teacher, r.id(), ReviewAction.WITHDRAW, null);
        for (Resource gone : List.of(harvested, r)) {
            Document d = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + OaiIdentifiers.of(gone));
            assertThat(d.selectFirst("header").attr("status")).isEqualTo("deleted");
            assertThat(d.select("metadata")).isEmpty();
        }
        String until = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(headers("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + until))
                .anySatisfy(h -> {
                    assertThat(text(h, "identifier")).isEqualTo(OaiIdentifiers.of(r));
                    assertThat(h.attr("status")).isEqualTo("deleted");
                });
    }

    @Test
    void aResourceSharedWithTheFederationIsHiddenFromVisitorsAndShownToJoinedNodes() throws Exception {
        Resource r = published(ResourceVisibility.SIGNED_IN);
        assertThat(errorCode(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + OaiIdentifiers.of(r))))
                .isEqualTo("idDoesNotExist");
        feed.catchUp();
        MetadataFormat dc = metadata.formats().get(0);
        assertThatThrownBy(() -> listing(OaiReach.VISITORS).getItem(OaiIdentifiers.of(r), dc))
                .isInstanceOf(IdDoesNotExistException.class);
        OaiItem item = (OaiItem) listing(OaiReach.FEDERATION).getItem(OaiIdentifiers.of(r), dc);
        assertThat(item.isDeleted()).isFalse();
        assertThat(item.getMetadata()).isNotNull();
    }

    @Test
    void fromAndUntilAreExactToTheSecond() throws Exception {
        Resource r = published(ResourceVisibility.PUBLIC);
        String id = OaiIdentifiers.of(r);
        Instant stamp = Instant.parse(text(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + id),
                "header > datestamp"));
        while (!Instant.now().isAfter(stamp.plusSeconds(2))) {
            Thread.sleep(100); // a from after now is refused: wait for the next second to pass
        }
        String list = "verb=ListIdentifiers&metadataPrefix=oai_dc";
        assertThat(identifiers(list + "&from=" + stamp + "&until=" + stamp)).contains(id);
        assertThat(identifiers(list + "&from=" + stamp.plusSeconds(1))).doesNotContain(id);
        assertThat(identifiers(list + "&until=" + stamp.minusSeconds(1))).doesNotContain(id);
    }

    @Test
    void aResumptionChainGoesThroughEveryPageWithItsSizeAndCursor() throws Exception {
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Actor teacher = teacher();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            mine.add(OaiIdentifiers.of(publish(teacher, ResourceVisibility.PUBLIC)));
        }
        List<String> seen = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String size = null;
        Document page = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + from);
        while (true) {
            seen.addAll(page.select("header > identifier").eachText());
            Element token = page.selectFirst("resumptionToken");
            cursors.add(token.attr("cursor"));
            size = size == null ? token.attr("completeListSize") : size;
            assertThat(token.attr("completeListSize")).isEqualTo(size);
            if (token.text().isEmpty()) {
                assertThat(token.hasAttr("expirationDate")).isFalse();
                break;
            }
            assertThat(Instant.parse(token.attr("expirationDate"))).isAfter(Instant.now());
            page = oai("verb=ListIdentifiers&resumptionToken=" + token.text());
        }
        assertThat(seen).doesNotHaveDuplicates().containsAll(mine).hasSize(Integer.parseInt(size));
        assertThat(cursors.size()).isGreaterThan(2);
        for (int i = 0; i < cursors.size(); i++) {
            assertThat(cursors.get(i)).isEqualTo(String.valueOf(5 * i));
        }
    }

    @Test
    void aTokenHoldsAcrossRestartsButNotOnceExpiredOrAltered() throws Exception {
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Actor teacher = teacher();
        for (int i = 0; i < 6; i++) {
            publish(teacher, ResourceVisibility.PUBLIC);
        }
        String token = oai("verb=ListRecords&metadataPrefix=oai_dc&from=" + from).selectFirst("resumptionToken")
                .text();
        // a node started afresh reads the signing key from the database
        OaiTokens restarted = new OaiTokens(jdbc, java.time.Duration.ofHours(1));
        OaiTokens.State state = restarted.decode(token);
        assertThat(state.cursor()).isEqualTo(5);
        assertThat(oai("verb=ListRecords&resumptionToken=" + token).select("record")).isNotEmpty();

        String expired = tokens.encode(new OaiTokens.State(state.prefix(), state.set(), state.from(), state.until(),
                state.afterSeq(), state.cursor(), state.total(), Instant.now().minusSeconds(1)));
        assertThat(errorCode(oai("verb=ListRecords&resumptionToken=" + expired))).isEqualTo("badResumptionToken");
        String[] parts = token.split("\\.");
        String altered = tokens.encode(new OaiTokens.State(state.prefix(), state.set(), state.from(), state.until(),
                0, 0, state.total(), state.expires())).split("\\.")[0] + "." + parts[1];
        assertThat(errorCode(oai("verb=ListRecords&resumptionToken=" + altered))).isEqualTo("badResumptionToken");
        assertThat(errorCode(oai("verb=ListRecords&resumptionToken=abc"))).isEqualTo("badResumptionToken");
    }

    @Test
    void setsAreListedWithNamesAndSelectRecords() throws Exception {
        Resource r = published(ResourceVisibility.PUBLIC);
        String stage = "stage:" + r.places().get(0).stageCode();
        Document sets = oai("verb=ListSets");
        assertThat(sets.select("set > setSpec").eachText()).contains("origin", "origin:" + thisNode.code(), stage,
                "subject:" + r.places().get(0).subjectCode());
        Element origin = sets.select("set").stream()
                .filter(s -> text(s, "setSpec").equals("origin:" + thisNode.code())).findFirst().orElseThrow();
        assertThat(text(origin, "setName")).isEqualTo(nodeName());
        String until = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + stage + "&until=" + until))
                .contains(OaiIdentifiers.of(r));
        assertThat(errorCode(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=stage:none")))
                .isEqualTo("noRecordsMatch");
    }

    @Test
    void postOfAFormWorksWithoutSessionOrCsrfToken() throws Exception {
        Resource r = published(ResourceVisibility.PUBLIC);
        MockHttpServletResponse response = mvc.perform(post("/oai").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + OaiIdentifiers.of(r)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(xml(response).select("dc|title").eachText()).containsExactly(r.title());
    }

    @Test
    void everyBadRequestGetsItsErrorCodeNeverAServerError() throws Exception {
        String[][] cases = {
            {"", "badVerb"}, {"verb=Foo", "badVerb"}, {"verb=Identify&verb=Identify", "badVerb"},
            {"verb=Identify&extra=1", "badArgument"}, {"verb=ListRecords", "badArgument"},
            {"verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument"},
            {"verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01T00:00", "badArgument"},
            {"verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-01T00:00:00Z&until=2024-01-01T00:00:00Z",
                "badArgument"},
            {"verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=x", "badArgument"},
            {"verb=GetRecord&identifier=oai:x:resource/1", "badArgument"},
            {"verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat"},
            {"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:nowhere:resource/0", "idDoesNotExist"},
            {"verb=ListMetadataFormats&identifier=oai:nowhere:resource/0", "idDoesNotExist"},
            {"verb=ListRecords&resumptionToken=not-a-token", "badResumptionToken"},
            {"verb=ListIdentifiers&metadataPrefix=oai_dc&until=2000-01-01T00:00:00Z", "noRecordsMatch"},
        };
        published(ResourceVisibility.PUBLIC);
        List<String> wrong = new ArrayList<>();
        for (String[] c : cases) {
            MockHttpServletResponse response = mvc.perform(get("/oai?" + c[0])).andReturn().getResponse();
            String code = response.getStatus() == 200 ? errorCode(xml(response)) : "HTTP " + response.getStatus();
            if (!c[1].equals(code) || !response.getContentType().startsWith("text/xml")) {
                wrong.add(c[0] + " → " + code + " " + response.getContentType());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private OaiListing listing(OaiReach harvester) {
        return listings.of(harvester);
    }

    private Actor teacher() {
        return fixtures.actor(fixtures.aPerson().teacher().build());
    }

    /** The library flushes after every record; the answer still goes out in blocks, not a network write each. */
    @Test
    void aPageOfRecordsGoesOutInBlocks() throws Exception {
        for (int i = 0; i < 6; i++) {
            published(ResourceVisibility.PUBLIC);
        }
        int[] flushes = {0};
        ByteArrayOutputStream sent = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                flushes[0]++;
            }
        };
        var request = new MockHttpServletRequest("GET", "/oai");
        request.setParameter("verb", "ListRecords");
        request.setParameter("metadataPrefix", "lom");

        provider.respond(request, sent);

        Document d = Jsoup.parse(sent.toString(StandardCharsets.UTF_8), "", Parser.xmlParser());
        assertThat(d.select("record")).hasSize(5);
        assertThat(d.select("resumptionToken").text()).isNotEmpty();
        assertThat(flushes[0]).isEqualTo(1);
    }

    private Resource published(ResourceVisibility visibility) {
        return publish(teacher(), visibility);
    }

    private Resource publish(Actor teacher, ResourceVisibility visibility) {
        Resource r = resources.aResource(teacher).visibility(visibility).build();
        return resources.publish(r, teacher, fixtures.platformAdmin());
    }

    private Document oai(String query) throws Exception {
        return xml(mvc.perform(get("/oai?" + query)).andReturn().getResponse());
    }

    private static Document xml(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    /** Every header of a list, following its resumption tokens. */
    private List<Element> headers(String query) throws Exception {
        List<Element> all = new ArrayList<>();
        Document page = oai(query);
        while (true) {
            all.addAll(page.select("header"));
            Element token = page.selectFirst("resumptionToken");
            if (token == null || token.text().isEmpty()) {
                return all;
            }
            page = oai("verb=" + query.replaceAll("^verb=([A-Za-z]+).*", "$1") + "&resumptionToken=" + token.text());
        }
    }

    private List<String> identifiers(String query) throws Exception {
        return headers(query).stream().map(h -> text(h, "identifier")).toList();
    }

    private static String errorCode(Document d) {
        Element error = d.selectFirst("error");
        return error == null ? "none" : error.attr("code");
    }

    private static String text(Element e, String selector) {
        Element found = e.selectFirst(selector);
        return found == null ? null : found.text();
    }

    /** This node's name as the provider answers it: in the platform's language, Chinese. */
    private String nodeName() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            return thisNode.name();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }
}
