package org.renrentong.federation.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.federation.LomXml;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Anchors;
import org.renrentong.identity.Principal;
import org.renrentong.identity.Role;
import org.renrentong.identity.RoleGrant;
import org.renrentong.resource.HarvestedRecord;
import org.renrentong.resource.HarvestedResources;
import org.renrentong.resource.Licence;
import org.renrentong.resource.ResourceType;
import org.renrentong.resource.ResourceVisibility;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A node serves what it harvested with its true origin, so that each parent harvests only its children and the same
 * resource stays one resource up to the national hub: the origin's identifier, the origin's id in LOM, and the
 * origin's name as the metadata's creator and as the Dublin Core publisher, and the origin's level as a set.
 */
@IntegrationTest
class ReexposedRecordsTest {

    private static final Actor NODE = new Actor(new Principal(PrincipalKind.NODE, 0, "county"), "county",
            new RoleGrant(0, Role.PLATFORM_ADMIN, null, null, null, null),
            new Anchors("", null, Set.of(), Set.of(), null, null), List.of());

    @Autowired
    MockMvc mvc;
    @Autowired
    HarvestedResources harvested;

    @Test
    void aHarvestedRecordIsServedUnderItsOriginsIdentifierAndName() throws Exception {
        String code = "s" + Fixtures.unique();
        String identifier = "oai:" + code + ":resource/4711";
        harvested.store(NODE, "学校", List.of(new HarvestedRecord(identifier,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), false, code, "长安区第一小学", "SCHOOL", "圆的面积 教学设计",
                "说明", List.of("圆"), ResourceType.LESSON_PLAN, "zh", Licence.CC_BY_4_0, "李老师", List.of(),
                ResourceVisibility.PUBLIC, "https://school.example.cn/r/4711")));

        Document lom = oai("verb=GetRecord&metadataPrefix=lom&identifier=" + identifier);
        assertThat(lom.selectFirst("header > identifier").text()).isEqualTo(identifier);
        lom.outputSettings().prettyPrint(false);
        LomXml.Read read = LomXml.parse(lom.selectFirst("metadata > lom").outerHtml());
        assertThat(read.originName()).isEqualTo("长安区第一小学");
        assertThat(read.record().general().identifier().entry()).isEqualTo(code + ":4711");

        Document dc = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier);
        Element publisher = dc.selectFirst("metadata publisher, metadata dc|publisher");
        assertThat(publisher.text()).isEqualTo("长安区第一小学");

        Document listed = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=origin:" + code);
        assertThat(listed.select("header > identifier").eachText()).containsExactly(identifier);
        assertThat(listed.select("header > setSpec").eachText()).contains("level", "level:SCHOOL");
    }

    private Document oai(String query) throws Exception {
        String body = mvc.perform(get("/oai?" + query)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(body, "", Parser.xmlParser());
    }
}
