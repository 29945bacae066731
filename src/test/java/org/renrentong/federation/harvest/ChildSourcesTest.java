package org.renrentong.federation.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.NodeEvents;
import org.renrentong.federation.NodeLevel;
import org.renrentong.federation.Peer;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** A child that joins becomes a source of its OAI-PMH endpoint; suspended it rests, removed it is never harvested. */
@IntegrationTest
class ChildSourcesTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired HarvestRepository sources;

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    @Test
    void aJoinedChildIsHarvestedUntilSuspendedOrRemoved() {
        String code = "c" + Fixtures.unique();
        publish(new NodeEvents.ChildJoined(new Peer(code, "长安区", NodeLevel.COUNTY, "130102", "http://county.example.cn/")));

        HarvestSource source = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> sources.findByNode(code).orElse(null), s -> s != null);
        assertThat(source.name()).isEqualTo("长安区");
        assertThat(source.baseUrl()).isEqualTo("http://county.example.cn/oai");
        assertThat(source.metadataPrefix()).isEqualTo("lom");
        assertThat(source.state()).isEqualTo(SourceState.ACTIVE);

        publish(new NodeEvents.ChildSuspended(code, true));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> sources.findByNode(code).orElseThrow().state() == SourceState.SUSPENDED);
        publish(new NodeEvents.ChildRemoved(code));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> sources.findByNode(code).orElseThrow().state() == SourceState.REMOVED);
    }
}
