package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Anchors;
import org.renrentong.identity.Principal;
import org.renrentong.identity.Role;
import org.renrentong.identity.RoleGrant;
import org.renrentong.search.SearchHit;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.renrentong.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Harvested records as resources: one per origin identifier, published at once with their origin's name, placed in
 * the tree where their codes match, found and faceted by that name, withdrawn when deleted at their source.
 */
@IntegrationTest
class HarvestedResourcesTest {

    @Autowired HarvestedResources harvested;
    @Autowired Resources resources;
    @Autowired ResourceSearch search;
    @Autowired ResourceFixtures resourceFixtures;
    @Autowired TextbookTree tree;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    static final Actor NODE = new Actor(new Principal(PrincipalKind.NODE, 0, "province"), "province",
            new RoleGrant(0, Role.PLATFORM_ADMIN, null, null, null, null),
            new Anchors("", null, java.util.Set.of(), java.util.Set.of(), null, null), List.of());

    private HarvestedRecord record(String identifier, String code, String title, Instant at, List<String> places) {
        return new HarvestedRecord(identifier, at, false, code, "长安区第一小学", null, title, "说明", List.of("几何", "证明"),
                ResourceType.SLIDES, "zh", Licence.CC_BY_4_0, "王老师", places, ResourceVisibility.PUBLIC,
                "https://school.example.cn/resources/7");
    }

    private long idOf(String identifier) {
        return jdbc.sql("SELECT id FROM resource WHERE origin_identifier = ?").param(identifier).query(Long.class)
                .single();
    }

    /** The tree places of a page are found together: ten different places cost what one does. */
    @Test
    void placesOfAPageAreFoundTogether() throws Exception {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            paths.add(tree.place(resourceFixtures.lesson("2", "14").id()).codePath());
        }
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        String one = "s" + Fixtures.unique();
        long samePlace = StatementCounter.onThisThread(() -> harvested.store(NODE, "学校",
                IntStream.range(0, 10).mapToObj(i -> record("oai:" + one + ":resource/" + i, one,
                        "同一处" + i, at, List.of(paths.get(0)))).toList())).statements();
        String ten = "s" + Fixtures.unique();
        var spread = StatementCounter.onThisThread(() -> harvested.store(NODE, "学校",
                IntStream.range(0, 10).mapToObj(i -> record("oai:" + ten + ":resource/" + i, ten,
                        "十处" + i, at, List.of(paths.get(i), "9/9/9"))).toList()));

        assertThat(spread.result().created()).isEqualTo(10);
        assertThat(spread.statements()).isEqualTo(samePlace);
        for (int i = 0; i < 10; i++) {
            String path = paths.get(i);
            assertThat(resources.get(null, idOf("oai:" + ten + ":resource/" + i)).places())
                    .extracting(p -> p.codePath()).containsExactly(path);
        }
    }

    @Test
    void aPageBecomesPublishedResourcesPlacedWhereTheirCodesMatchAndFoundByName() throws Exception {
        String code = "s" + Fixtures.unique();
        String word = "勾股定理" + Fixtures.unique();
        TreeNode lesson = resourceFixtures.lesson("2", "14");
        String path = tree.place(lesson.id()).codePath();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");

        HarvestedResources.Stored stored = harvested.store(NODE, "学校", List.of(
                record("oai:" + code + ":resource/1", code, word + "的证明", at, List.of(path, "9/9/9")),
                record("oai:" + code + ":resource/2", code, "另一条", at, List.of())));

        assertThat(stored).isEqualTo(new HarvestedResources.Stored(2, 0, 0, 0));
        Resource r = resources.get(null, idOf("oai:" + code + ":resource/1"));
        assertThat(r.published()).isTrue();
        assertThat(r.originName()).isEqualTo("长安区第一小学");
        assertThat(r.originUrl()).isEqualTo("https://school.example.cn/resources/7");
        assertThat(r.places()).extracting(p -> p.nodeId()).containsExactly(lesson.id());
        assertThat(r.keywords()).containsExactly("几何", "证明");
        assertThat(r.ownerName()).isNull();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(search.find(null, word, null,
                Map.of(), null, 0, 20).hits().stream().map(SearchHit::id)).contains(r.id()));
        String page = mvc.perform(get("/resources/search").param("q", word)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("长安区第一小学").doesNotContain(">" + code + "<");
        String detail = mvc.perform(get("/resources/" + r.id())).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("id=\"resource-origin\">长安区第一小学<")
                .contains("href=\"https://school.example.cn/resources/7\"");
    }

    @Test
    void oneIdentifierIsOneResourceAndAnOlderCopyChangesNothing() {
        String code = "s" + Fixtures.unique();
        String identifier = "oai:" + code + ":resource/1";
        Instant at = Instant.parse("2026-02-01T00:00:00Z");
        harvested.store(NODE, "学校", List.of(record(identifier, code, "第二版", at, List.of())));
        long id = idOf(identifier);

        assertThat(harvested.store(NODE, "县", List.of(record(identifier, code, "第二版", at, List.of()))))
                .isEqualTo(new HarvestedResources.Stored(0, 0, 0, 1));
        assertThat(harvested.store(NODE, "县", List.of(record(identifier, code, "第一版", at.minusSeconds(60), List.of()))))
                .isEqualTo(new HarvestedResources.Stored(0, 0, 0, 1));
        assertThat(harvested.store(NODE, "县", List.of(record(identifier, code, "第三版", at.plusSeconds(1), List.of()))))
                .isEqualTo(new HarvestedResources.Stored(0, 1, 0, 0));

        assertThat(resources.get(null, id).title()).isEqualTo("第三版");
        assertThat(jdbc.sql("SELECT count(*) FROM resource WHERE origin_identifier = ?").param(identifier)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRecordDeletedAtItsSourceIsWithdrawnAndLogged() {
        String code = "s" + Fixtures.unique();
        String identifier = "oai:" + code + ":resource/1";
        Instant at = Instant.parse("2026-03-01T00:00:00Z");
        harvested.store(NODE, "学校", List.of(record(identifier, code, "将删除", at, List.of())));
        long id = idOf(identifier);

        assertThat(harvested.store(NODE, "学校", List.of(HarvestedRecord.deleted(identifier, at.plusSeconds(5), code,
                "长安区第一小学")))).isEqualTo(new HarvestedResources.Stored(0, 0, 1, 0));

        assertThat(jdbc.sql("SELECT kind FROM resource_change WHERE resource_id = ? ORDER BY seq").param(id)
                .query(String.class).list()).containsExactly("PUBLISHED", "WITHDRAWN");
        assertThatThrownBy(() -> resources.get(null, id)).isInstanceOf(DomainException.class);
    }

    @Test
    void onlyTheNodeOrAPlatformAdministratorStoresHarvestedRecords() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        assertThatThrownBy(() -> harvested.store(teacher, "学校", List.of()))
                .isInstanceOf(DomainException.class).hasMessage("error.forbidden");
    }
}
