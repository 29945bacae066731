package org.renrentong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The list (unread first, keyset paged), read state, one's own only, and the bell on every page. */
@IntegrationTest
class NotificationPagingTest {

    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired Notifications notifications;
    @Autowired NotificationRepository repository;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void unreadComeFirstNewestFirstAndTheCursorWalksThroughBothParts() {
        Actor me = fixtures.actor(fixtures.aPerson().teacher().build());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(write(me.personId(), "资源" + i));
        }
        // every third one is read: 9 read, 16 unread
        for (int i = 0; i < 25; i += 3) {
            notifications.markRead(me, ids.get(i));
        }
        List<Long> unread = new ArrayList<>();
        List<Long> read = new ArrayList<>();
        for (int i = 24; i >= 0; i--) {
            (i % 3 == 0 ? read : unread).add(ids.get(i));
        }
        List<Long> expected = new ArrayList<>(unread);
        expected.addAll(read);

        List<Long> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            NotificationPage page = notifications.page(me, cursor, 10);
            assertThat(page.unread()).isEqualTo(16);
            page.items().forEach(n -> walked.add(n.id()));
            cursor = page.next();
            pages++;
        } while (cursor != null);
        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);

        // a page that ends exactly where the unread part ends still leads on to the read ones
        NotificationPage first = notifications.page(me, null, 16);
        assertThat(first.items()).allMatch(Notification::unread);
        assertThat(notifications.page(me, first.next(), 16).items()).extracting(Notification::id)
                .containsExactlyElementsOf(read);
    }

    @Test
    void nobodyReadsOrMarksAnothersAndABadCursorIsRefusedPlainly() throws Exception {
        Person owner = logins.ready(fixtures.aPerson().teacher().build());
        Person other = logins.ready(fixtures.aPerson().teacher().build());
        long id = write(owner.id(), "几何初步");

        assertThatThrownBy(() -> notifications.open(fixtures.actor(other), id))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(404));
        mvc.perform(post("/api/v1/notifications/{id}/read", id).with(as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/notifications/{id}/open", id).with(as(other))).andExpect(status().isNotFound());
        assertThat(notifications.unreadCount(fixtures.actor(owner))).isEqualTo(1);
        assertThat(notifications.page(fixtures.actor(other), null, 10).items()).isEmpty();

        mvc.perform(get("/api/v1/notifications").param("cursor", "X1").with(as(owner)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("翻页位置无效，请回到第一页。"));
        mvc.perform(get("/api/v1/notifications").param("limit", "0").with(as(owner)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void markingAllReadIsAuditedAndEmptiesTheBell() throws Exception {
        Person person = logins.ready(fixtures.aPerson().teacher().build());
        Actor me = fixtures.actor(person);
        write(me.personId(), "一");
        write(me.personId(), "二");

        mvc.perform(get("/api/v1/notifications/unread-count").with(as(person)))
                .andExpect(jsonPath("$.unread").value(2));
        mvc.perform(post("/notifications/read-all").with(as(person)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(notifications.unreadCount(me)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'NOTIFICATIONS_READ' AND actor_id = ?")
                .param(me.personId()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/api/v1/notifications/read-all").with(as(person)).with(csrf()))
                .andExpect(jsonPath("$.marked").value(0));
    }

    @Test
    void theBellShowsTheUnreadCountOnEveryPageAndStopsCountingAt99Plus() throws Exception {
        Person person = logins.ready(fixtures.aPerson().teacher().build());
        Actor me = fixtures.actor(person);
        assertThat(bell(person, "/resources/search").getElementById("bell-count")).isNull();

        write(me.personId(), "第一条");
        assertThat(bell(person, "/resources/search").getElementById("bell-count").text()).isEqualTo("1");
        assertThat(bell(person, "/notifications?lang=en").getElementById("bell").attr("aria-label"))
                .isEqualTo("Notifications, 1 unread");

        for (int i = 0; i < Notifications.MAX_COUNTED + 20; i++) {
            write(me.personId(), "批量" + i);
        }
        assertThat(notifications.unreadCount(me)).isEqualTo(Notifications.MAX_COUNTED);
        assertThat(bell(person, "/notifications").getElementById("bell-count").text()).isEqualTo("99+");
    }

    @Test
    void theCountAndThePagesReadOnlyThePersonsIndexEntriesInALargeTable() {
        // a busy node: 300,000 notifications of 10,000 other people, most of them read; the plans (not timings) show
        // that the bell and the pages read only the person's index entries, however large the table grows
        jdbc.sql("""
                INSERT INTO notification (person_id, kind, message_key, target_type, target_id, source, read_at)
                SELECT 900000000000 + g % 10000, 'REVIEW_DECIDED', 'notification.review.PUBLISHED', 'RESOURCE', '1',
                       'bulk:' || g, CASE WHEN g % 10 = 0 THEN NULL ELSE now() END
                FROM generate_series(1, 300000) g""").update();
        try {
            jdbc.sql("ANALYZE notification").update();
            Actor me = fixtures.actor(fixtures.aPerson().teacher().build());
            write(me.personId(), "一");

            assertThat(plan("SELECT count(*) FROM (SELECT 1 FROM notification WHERE person_id = ?"
                    + " AND read_at IS NULL LIMIT 100) u", me.personId()))
                    .contains("notification_unread").doesNotContain("Seq Scan");
            assertThat(plan("SELECT id FROM notification WHERE person_id = ? AND read_at IS NULL AND id < 9"
                    + " ORDER BY id DESC LIMIT 21", me.personId())).contains("notification_unread")
                    .doesNotContain("Seq Scan").doesNotContain("Sort");
            assertThat(plan("SELECT id FROM notification WHERE person_id = ? AND read_at IS NOT NULL AND id < 9"
                    + " ORDER BY id DESC LIMIT 21", me.personId())).contains("notification_read")
                    .doesNotContain("Seq Scan").doesNotContain("Sort");
            assertThat(notifications.unreadCount(me)).isEqualTo(1);
        } finally {
            // the other tests of this shared database go on with a table of ordinary size
            jdbc.sql("DELETE FROM notification WHERE person_id >= 900000000000").update();
            jdbc.sql("ANALYZE notification").update();
        }
    }

    private String plan(String sql, long personId) {
        return String.join("\n", jdbc.sql("EXPLAIN " + sql).param(personId).query(String.class).list());
    }

    private Document bell(Person person, String path) throws Exception {
        var response = mvc.perform(get(path).with(as(person))).andReturn().getResponse();
        if (response.getRedirectedUrl() != null) {
            response = mvc.perform(get(response.getRedirectedUrl()).with(as(person))).andReturn().getResponse();
        }
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private long write(long personId, String title) {
        return repository.insert(new NewNotification(personId, NotificationKind.REVIEW_DECIDED,
                "notification.review.PUBLISHED", List.of(title, ""), Target.RESOURCE, "1",
                "test:" + Fixtures.unique())).orElseThrow();
    }
}
