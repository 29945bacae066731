package org.renrentong.federation.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A harvester this project did not write, Debian's HTTP::OAI (libhttp-oai-perl), harvests the running node over
 * HTTP: Identify, ListMetadataFormats, ListSets, then all oai_dc records through their resumption tokens. What it
 * gets must be the published public resources, a withdrawn one as deleted, and nothing shared only with the
 * federation.
 */
@IntegrationTest
class OaiHarvesterTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    Reviews reviews;
    @Autowired
    Resources service;
    @Autowired
    ThisNode thisNode;
    @Autowired
    OaiIdentifiers identifiers;

    @Test
    void debiansHarvesterGetsThePublishedPublicResources() throws Exception {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            shown.add(OaiIdentifiers.of(publish(teacher, ResourceVisibility.PUBLIC)));
        }
        Resource federationOnly = publish(teacher, ResourceVisibility.SIGNED_IN);
        Resource withdrawn = publish(teacher, ResourceVisibility.PUBLIC);
        reviews.act(teacher, withdrawn.id(), ReviewAction.WITHDRAW, null);

        List<String> lines = harvest();

        assertThat(lines).contains("repositoryName\t" + nodeName(), "deletedRecord\tpersistent",
                "granularity\tYYYY-MM-DDThh:mm:ssZ", "format\toai_dc", "set\torigin:" + thisNode.code()
                        + "\t" + nodeName());
        List<String> records = field(lines, "record");
        assertThat(records).doesNotHaveDuplicates().containsAll(shown)
                .doesNotContain(OaiIdentifiers.of(federationOnly), OaiIdentifiers.of(withdrawn));
        assertThat(field(lines, "deleted")).contains(OaiIdentifiers.of(withdrawn));
        // every record harvested is a published resource public to visitors, as it stands now
        for (String identifier : records) {
            // harvested resources keep their origin's identifier, so the record names the resource
            Resource r = service.current(identifiers.record(identifier).orElseThrow().resourceId()).orElseThrow();
            assertThat(r.published()).as(identifier).isTrue();
            assertThat(r.visibility()).as(identifier).isEqualTo(ResourceVisibility.PUBLIC);
        }
    }

    private Resource publish(Actor teacher, ResourceVisibility visibility) {
        return resources.publish(resources.aResource(teacher).visibility(visibility).build(), teacher,
                fixtures.platformAdmin());
    }

    private List<String> harvest() throws IOException, InterruptedException {
        Path script = Files.createTempFile("oai-harvest", ".pl");
        try (var in = getClass().getResourceAsStream("/federation/oai-harvest.pl")) {
            Files.write(script, in.readAllBytes());
        }
        Path output = Files.createTempFile("oai-harvest", ".out");
        Process perl = new ProcessBuilder("perl", script.toString(), "http://localhost:" + port + "/oai")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(perl.waitFor(5, TimeUnit.MINUTES)).as("the harvest ends").isTrue();
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(perl.exitValue()).as(String.join("\n", lines)).isZero();
        return lines;
    }

    private static List<String> field(List<String> lines, String kind) {
        return lines.stream().filter(l -> l.startsWith(kind + "\t")).map(l -> l.substring(kind.length() + 1))
                .toList();
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
