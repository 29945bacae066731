package org.renrentong.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.IdentityEvents;
import org.renrentong.org.OrgEvents;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceEvents;
import org.renrentong.resource.ResourceSearch;
import org.renrentong.resource.ReviewAction;
import org.renrentong.resource.Reviews;
import org.renrentong.search.SearchHit;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events go through the outbox: stored in the publishing transaction, delivered after commit (and deleted then),
 * never delivered when the transaction rolls back; a failed delivery stays and is delivered again.
 */
@IntegrationTest
class OutboxDeliveryTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    Reviews reviews;
    @Autowired
    ResourceSearch search;
    @Autowired
    Deliveries deliveries;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    FlakyListener flaky;
    @Autowired
    Redelivery redelivery;
    @Autowired
    EventSerializer serializer;
    @Autowired
    @Qualifier("eventDelivery")
    ThreadPoolTaskExecutor pool;

    @Test
    void anEventIsStoredInItsTransactionAndDeliveredAfterCommit() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        String word = "外啡肽" + Fixtures.unique();
        Resource r = resources.aResource(teacher).titled(word).build();
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        deliveries.awaitAll();

        transactions.executeWithoutResult(tx -> {
            reviews.act(fixtures.platformAdmin(), r.id(), ReviewAction.PUBLISH, null);
            assertThat(indexUpdatesOf(r.id())).isEqualTo(1);
            assertThat(found(word)).doesNotContain(r.id());
        });

        deliveries.awaitAll();
        assertThat(found(word)).contains(r.id());
        assertThat(indexUpdatesOf(r.id())).as("a delivered publication is deleted").isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNoPublication() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        String word = "内啡肽" + Fixtures.unique();
        Resource r = resources.aResource(teacher).titled(word).build();
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);

        transactions.executeWithoutResult(tx -> {
            reviews.act(fixtures.platformAdmin(), r.id(), ReviewAction.PUBLISH, null);
            tx.setRollbackOnly();
        });

        deliveries.awaitAll();
        assertThat(indexUpdatesOf(r.id())).isZero();
        assertThat(found(word)).doesNotContain(r.id());
    }

    @Test
    void aFailedDeliveryStaysInTheOutboxAndIsDeliveredAgainWithItsAttemptsCounted() {
        String key = "flaky" + Fixtures.unique();
        transactions.executeWithoutResult(tx -> events.publishEvent(new FlakyListener.Flaky(key, 1)));
        awaitFailed(key);
        assertThat(flaky.calls(key)).isEqualTo(1);

        redelivery.redeliver();

        deliveries.awaitAll();
        assertThat(flaky.calls(key)).isEqualTo(2);
        assertThat(publicationsOf(key)).isZero();
    }

    @Test
    void listenersRunOnTheBoundedEventDeliveryPool() {
        String key = "pool" + Fixtures.unique();
        transactions.executeWithoutResult(tx -> events.publishEvent(new FlakyListener.Flaky(key, 0)));
        deliveries.awaitAll();
        assertThat(flaky.thread(key)).startsWith("event-delivery-");
        assertThat(pool.getMaxPoolSize()).isEqualTo(8);
        assertThat(pool.getQueueCapacity()).isEqualTo(10_000);
    }

    @Test
    void aListenerThatKeepsFailingIsTriedAgainAndCounted() {
        String key = "stubborn" + Fixtures.unique();
        transactions.executeWithoutResult(tx -> events.publishEvent(new FlakyListener.Flaky(key, 2)));
        awaitFailed(key);
        int attempts = attempts(key);
        redelivery.redeliver();
        await(() -> flaky.calls(key) == 2);
        awaitFailed(key);
        assertThat(attempts(key)).isEqualTo(attempts + 1);
        redelivery.redeliver();
        deliveries.awaitAll();
        assertThat(flaky.calls(key)).isEqualTo(3);
    }

    @Test
    void everyEventRecordSurvivesTheJsonRoundTrip() {
        List<Object> samples = List.of(new ResourceEvents.Changed(1),
                new ResourceEvents.Created(3), new ResourceEvents.Published(4), new ResourceEvents.Withdrawn(5),
                new IdentityEvents.PeopleCreated(List.of(new IdentityEvents.Newcomer(6, "张三", null, "130000/130100/"),
                        new IdentityEvents.Newcomer(11, "李四", 7L, "130000/"))),
                new OrgEvents.SchoolCreated(7, "第一中学", "130000/"), new OrgEvents.ClassCreated(8, 7, "一年级1班", "p/"),
                new OrgEvents.GroupCreated(9, null, "书法社", "p/"), new OrgEvents.BureauCreated(10, "教育局", "p/"));
        for (Object event : samples) {
            Object json = serializer.serialize(event);
            assertThat(serializer.deserialize(json, event.getClass())).as(json.toString()).isEqualTo(event);
        }
        assertThat(serializer.serialize(new ResourceEvents.Changed(42))).hasToString("{\"resourceId\":42}");
    }

    private void awaitFailed(String key) {
        await(() -> jdbc.sql("""
                SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND status = 'FAILED'""")
                .param("%\"" + key + "\"%").query(Long.class).single() == 1);
    }

    private int attempts(String key) {
        return jdbc.sql("SELECT coalesce(completion_attempts, 0) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%\"" + key + "\"%").query(Integer.class).single();
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        // a generous bound against a delivery that never comes; not a statement about speed
        long giveUpAt = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited in vain").isLessThan(giveUpAt);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private long publicationsOf(String key) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%\"" + key + "\"%").query(Long.class).single();
    }

    private long indexUpdatesOf(long resourceId) {
        return jdbc.sql("""
                SELECT count(*) FROM event_publication WHERE listener_id = 'resource.search-index'
                  AND serialized_event = ?""").param("{\"resourceId\":" + resourceId + "}").query(Long.class).single();
    }

    private List<Long> found(String word) {
        return search.find(null, word, null, Map.of(), null, 0, 20).hits().stream().map(SearchHit::id).toList();
    }
}
