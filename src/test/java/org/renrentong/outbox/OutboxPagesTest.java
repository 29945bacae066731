package org.renrentong.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.resource.Resource;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Platform administrators see failed and pending deliveries (in plain words, counted, keyset paged) and deliver one
 * again, audited; nobody else sees the outbox.
 */
@IntegrationTest
class OutboxPagesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    Deliveries deliveries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theAdministratorSeesAFailedDeliveryInPlainWordsAndDeliversItAgain() throws Exception {
        Person admin = logins.platformAdmin();
        Resource r = aDraft();
        UUID failed = deliveries.failedIndexUpdate(r.id());

        mvc.perform(get("/admin/events").param("status", "FAILED").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"publication-" + failed + "\"")))
                .andExpect(content().string(containsString("资源已更改")))
                .andExpect(content().string(containsString("resource.search-index")))
                .andExpect(content().string(containsString("id=\"nav-events\"")));
        mvc.perform(get("/admin/events").param("lang", "en").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Resource changed")));
        mvc.perform(get("/api/v1/events").param("status", "FAILED").param("limit", "200").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.failed").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.publications.items[?(@.id == '" + failed + "')].typeKey")
                        .value("event.resource.ResourceEvents.Changed"))
                .andExpect(jsonPath("$.publications.items[?(@.id == '" + failed + "')].attempts").value(1));

        mvc.perform(post("/admin/events/{id}/delivery", failed).with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        deliveries.awaitAll();
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE id = ?").param(failed).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EVENT_REDELIVERED' AND target_id = ?")
                .param(failed.toString()).query(Long.class).single()).isOne();
        mvc.perform(post("/api/v1/events/{id}/delivery", failed).with(as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListIsKeysetPagedOldestFirst() throws Exception {
        Person admin = logins.platformAdmin();
        Resource r = aDraft();
        List<UUID> made = List.of(deliveries.failedIndexUpdate(r.id()), deliveries.failedIndexUpdate(r.id()),
                deliveries.failedIndexUpdate(r.id()));
        List<String> seen = new ArrayList<>();
        String after = "";
        do {
            String json = mvc.perform(get("/api/v1/events").param("status", "FAILED").param("limit", "1")
                    .param("after", after).with(as(admin))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            seen.addAll(JsonPath.read(json, "$.publications.items[*].id"));
            after = JsonPath.read(json, "$.publications.nextKey");
        } while (after != null);
        assertThat(seen).doesNotHaveDuplicates().containsSubsequence(made.stream().map(UUID::toString).toList());

        mvc.perform(get("/api/v1/events").param("after", "gestern").with(as(admin)))
                .andExpect(status().isBadRequest());
        made.forEach(id -> jdbc.sql("DELETE FROM event_publication WHERE id = ?").param(id).update());
    }

    @Test
    void nobodyButThePlatformAdministratorSeesOrTouchesTheOutbox() throws Exception {
        Person regionAdmin = logins.regionAdmin("130102");
        Resource r = aDraft();
        UUID failed = deliveries.failedIndexUpdate(r.id());
        mvc.perform(get("/admin/events").with(as(regionAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events").with(as(regionAdmin))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/events/{id}/delivery", failed).with(as(regionAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(deliveries.incompleteListeners()).contains("resource.search-index");
        jdbc.sql("DELETE FROM event_publication WHERE id = ?").param(failed).update();
    }

    private Resource aDraft() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        return resources.aResource(teacher).titled("投递" + Fixtures.unique()).build();
    }
}
