package org.renrentong.federation.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

        Document listed = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + today + "&until=" + today
                + "&set=origin:" + r.origin());
        assertThat(listed.select("error")).isEmpty();
        assertThat(listed.select("header > identifier").eachText()).contains(OaiIdentifiers.of(r));
        assertThat(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + yesterday + "&from=2000-01-01")
                .select("header > identifier").eachText()).doesNotContain(OaiIdentifiers.of(r));
        assertThat(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + today + "&until=" + today
                + "T23:00:00Z").selectFirst("error").attr("code")).isEqualTo("badArgument");
    }

    private Document oai(String query) throws Exception {
        String body = mvc.perform(get("/oai?" + query)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(body, "", Parser.xmlParser());
    }
}
