package org.renrentong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceEvents;
import org.renrentong.resource.ReviewAction;
import org.renrentong.resource.Reviews;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A reviewer's decision reaches the owner behind the bell, written in the reader's language when read, and opens the
 * resource it is about.
 */
@IntegrationTest
class ReviewNotificationTest {

    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired ResourceFixtures resources;
    @Autowired Reviews reviews;
    @Autowired Notifications notifications;
    @Autowired Deliveries deliveries;
    @Autowired NotificationListeners listeners;
    @Autowired MockMvc mvc;

    @BeforeEach
    void readInChinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRejectionReadsInTheReadersLanguageAndOpensTheResource() throws Exception {
        Person owner = logins.ready(fixtures.aPerson().teacher().build());
        Actor teacher = fixtures.actor(owner);
        Resource r = resources.aResource(teacher).titled("三角形内角和").build();
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        reviews.act(fixtures.platformAdmin(), r.id(), ReviewAction.REJECT, "缺少练习。");
        deliveries.awaitAll();
        assertThat(notifications.unreadCount(teacher)).isEqualTo(1);

        mvc.perform(get("/notifications").param("lang", "en").with(as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("三角形内角和&quot; was rejected: 缺少练习.")))
                .andExpect(content().string(not(containsString("未通过审核"))));
        mvc.perform(get("/api/v1/notifications").header("Accept-Language", "en").with(as(owner)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("was rejected")))
                .andExpect(content().string(containsString("\"url\":\"/resources/" + r.id() + "\"")));
        mvc.perform(get("/notifications").param("lang", "zh-CN").with(as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("你的资源《三角形内角和》未通过审核，原因：缺少练习。修改后可再次提交。")))
                .andExpect(content().string(not(containsString("。。"))));

        Notification n = notifications.page(teacher, null, 10).items().get(0);
        assertThat(n.kind()).isEqualTo(NotificationKind.REVIEW_DECIDED);
        mvc.perform(get("/notifications/{id}/open", n.id()).with(as(owner)))
                .andExpect(redirectedUrl("/resources/" + r.id()));
        assertThat(notifications.unreadCount(teacher)).isZero();
        assertThat(notifications.page(teacher, null, 10).items().get(0).unread()).isFalse();
    }

    @Test
    void theOwnersOwnStepsAreNoNewsAndADecisionDeliveredTwiceIsToldOnce() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource r = resources.aResource(teacher).titled("分数的意义").build();
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        reviews.act(teacher, r.id(), ReviewAction.WITHDRAW, null);
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        reviews.act(fixtures.platformAdmin(), r.id(), ReviewAction.PUBLISH, null);
        deliveries.awaitAll();

        assertThat(notifications.page(teacher, null, 10).items()).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("你的资源《分数的意义》已审核通过并发布。"));

        ResourceEvents.ReviewDecided retired = new ResourceEvents.ReviewDecided(r.id(), r.version(),
                teacher.personId(), r.title(), "RETIRED", "", Instant.parse("2026-03-01T08:00:00Z"));
        // the listener itself, without its asynchronous proxy: as the registry would redeliver after a crash
        NotificationListeners direct = AopTestUtils.getTargetObject(listeners);
        direct.on(retired);
        direct.on(retired);
        assertThat(notifications.page(teacher, null, 10).items()).hasSize(2);
    }
}
