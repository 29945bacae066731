package org.renrentong.federation.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.Peer;
import org.renrentong.federation.PeerRequests;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Requests to a child node are signed when this node can sign; those to an external source never are. */
class OaiClientTest {

    static final HarvestSettings SETTINGS = new HarvestSettings(Duration.ofSeconds(2), Duration.ofSeconds(4),
            1_000_000, 100_000, Duration.ofMinutes(5), 100, Duration.ofMinutes(1), Duration.ofMinutes(1),
            Duration.ofHours(1), Duration.ofSeconds(30), 1);

    /** Signs by a header the fake source records. */
    static final class TestSigner implements PeerRequests {
        @Override
        public HttpRequest.Builder signed(HttpRequest.Builder request, String method, URI uri) {
            return request.header("X-Test-Signed", method + " " + uri.getRawQuery());
        }

        @Override
        public Optional<Peer> signer(HttpServletRequest request) {
            return Optional.empty();
        }
    }

    private static HarvestSource source(String baseUrl, String nodeCode) {
        return new HarvestSource(1, "来源", baseUrl, "oai_dc", null, 60, SourceState.ACTIVE, nodeCode, null, null,
                null, null, null, Instant.now(), 0, null, false);
    }

    @Test
    void aChildsPagesAreSignedAnExternalSourcesAreNot() throws Exception {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("signer", new TestSigner()));
        OaiClient client = new OaiClient(SETTINGS, beans.getBeanProvider(PeerRequests.class));
        try (FakeOaiSource oai = new FakeOaiSource()) {
            HarvestSource child = source(oai.baseUrl(), "s1");
            client.page(child, OaiClient.listRecords(child, null, null), new RecordMapping(child, Map.of()));
            HarvestSource external = source(oai.baseUrl(), null);
            client.page(external, OaiClient.listRecords(external, null, null), new RecordMapping(external, Map.of()));

            assertThat(oai.signatures()).containsExactly("GET verb=ListRecords&metadataPrefix=oai_dc", "null");
        }
    }

    @Test
    void withoutASignerAChildIsAskedUnsigned() throws Exception {
        OaiClient client = new OaiClient(SETTINGS, new StaticListableBeanFactory().getBeanProvider(PeerRequests.class));
        try (FakeOaiSource oai = new FakeOaiSource()) {
            HarvestSource child = source(oai.baseUrl(), "s1");
            assertThat(client.page(child, OaiClient.listRecords(child, null, null),
                    new RecordMapping(child, Map.of())).records()).isEmpty();
            assertThat(oai.signatures()).containsExactly("null");
        }
    }
}
