package org.renrentong.federation.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.resource.Resource;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** from and until as whole days: the first and the last second of the day (never later than now). */
@IntegrationTest
class DayGranularityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;

    @Test
    void daysWidenToTheirFirstAndLastSecondAndAreNotMixedWithSeconds() {
        Clock noon = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
        Map<String, String[]> days = DayGranularity.widened(
                Map.of("from", new String[] {"2026-12-01"}, "until", new String[] {"2026-12-06"}), noon);
        assertThat(days.get("from")).containsExactly("2026-12-01T00:00:00Z");
        assertThat(days.get("until")).containsExactly("2026-12-06T12:00:00Z");
        assertThat(DayGranularity.widened(Map.of("until", new String[] {"2026-11-30"}), noon).get("until"))
                .containsExactly("2026-11-30T23:59:59Z");
        Map<String, String[]> mixed = Map.of("from", new String[] {"2026-12-01"},
                "until", new String[] {"2026-12-06T10:00:00Z"});
        assertThat(DayGranularity.widened(mixed, noon)).isSameAs(mixed);
    }

    @Test
    void aHarvesterAskingByDaysGetsTodaysRecords() throws Exception {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource r = resources.publish(resources.aResource(teacher).build(), teacher, fixtures.platformAdmin());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + today + "&until=" + today))
                .contains(OaiIdentifiers.of(r));
        assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + yesterday + "&from=2000-01-01"))
                .doesNotContain(OaiIdentifiers.of(r));
        assertThat(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + today + "&until=" + today
                + "T23:00:00Z").selectFirst("error").attr("code")).isEqualTo("badArgument");
    }

    /** Every identifier of a list, following its resumption tokens; fails on an error other than an empty list. */
    private List<String> identifiers(String query) throws Exception {
        List<String> all = new ArrayList<>();
        Document page = oai(query);
        while (true) {
            assertThat(page.select("error").not("[code=noRecordsMatch]")).isEmpty();
            all.addAll(page.select("header > identifier").eachText());
            String token = page.select("resumptionToken").text();
            if (token.isEmpty()) {
                return all;
            }
            page = oai("verb=ListIdentifiers&resumptionToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        }
    }

    private Document oai(String query) throws Exception {
        String body = mvc.perform(get("/oai?" + query)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(body, "", Parser.xmlParser());
    }
}
