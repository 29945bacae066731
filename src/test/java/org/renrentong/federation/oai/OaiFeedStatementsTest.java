package org.renrentong.federation.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.renrentong.audit.PrincipalKind;
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
import org.renrentong.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A node re-exposes what it harvests: its OAI-PMH records follow a harvested page in a handful of statements for
 * the whole page, not several per record, so that a parent harvesting a million records is not held up by its own
 * feed. Counted statements, whatever the load of the machine.
 */
@IntegrationTest
class OaiFeedStatementsTest {

    private static final Actor NODE = new Actor(new Principal(PrincipalKind.NODE, 0, "county"), "county",
            new RoleGrant(0, Role.PLATFORM_ADMIN, null, null, null, null),
            new Anchors("", null, Set.of(), Set.of(), null, null), List.of());
    private static final int PAGE = 100;
    /**
     * The statements for a page of 100 records: 15, with room for one more page of changes other work left in the
     * log (808 before the feed wrote a page at once).
     */
    private static final long MOST_STATEMENTS = 30;

    @Autowired
    HarvestedResources harvested;
    @Autowired
    OaiFeed feed;
    @Autowired
    OaiRecords records;

    @Test
    void aHarvestedPageBecomesRecordsInAFewStatements() throws Exception {
        String code = "s" + Fixtures.unique();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<HarvestedRecord> page = IntStream.range(0, PAGE).mapToObj(i -> new HarvestedRecord(
                "oai:" + code + ":resource/" + i, at, false, code, "长安区第一小学", null, "圆的面积 第" + i + "课", "说明",
                List.of("圆", "面积"), ResourceType.LESSON_PLAN, "zh", Licence.CC_BY_4_0, "李老师", List.of(),
                ResourceVisibility.PUBLIC, "https://school.example.cn/r/" + i)).toList();

        long statements;
        // the feed's timer waits meanwhile, so the page is followed here, and counted
        synchronized (feed) {
            var stored = StatementCounter.onThisThread(() -> harvested.store(NODE, "学校", page));
            assertThat(stored.result().created()).isEqualTo(PAGE);
            statements = StatementCounter.onThisThread(() -> {
                feed.catchUp();
                return null;
            }).statements();
            System.out.printf("statements: storing a page of %d harvested records %d, its OAI-PMH records %d%n",
                    PAGE, stored.statements(), statements);
        }

        OaiRecords.Selection all = new OaiRecords.Selection(OaiReach.VISITORS, null, null, "origin:" + code);
        assertThat(records.count(all)).isEqualTo(PAGE);
        assertThat(records.setExists("origin:" + code)).isTrue();
        assertThat(statements).isLessThanOrEqualTo(MOST_STATEMENTS);
    }
}
