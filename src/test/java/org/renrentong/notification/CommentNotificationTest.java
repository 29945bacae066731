package org.renrentong.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.resource.Comment;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceUse;
import org.renrentong.resource.ReviewerAssignments;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/** A new comment waits for moderation: its resource's owner and the experts covering it are told, its author not. */
@IntegrationTest
class CommentNotificationTest {

    @Autowired Fixtures fixtures;
    @Autowired ResourceFixtures resources;
    @Autowired ResourceUse use;
    @Autowired ReviewerAssignments assignments;
    @Autowired Notifications notifications;
    @Autowired Deliveries deliveries;

    @BeforeEach
    void readInChinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theOwnerAndTheCoveringExpertHearOfACommentItsAuthorDoesNot() {
        Actor owner = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor expert = fixtures.actor(fixtures.aPerson().expert("130000").build());
        Actor otherExpert = fixtures.actor(fixtures.aPerson().expert("130000").build());
        assignments.assign(fixtures.platformAdmin(), expert.personId(), "130000", "14");
        assignments.assign(fixtures.platformAdmin(), otherExpert.personId(), "130000", "13");
        Resource r = resources.publish(resources.aResource(owner).at(resources.lesson("2", "14"))
                .titled("勾股定理" + Fixtures.unique()).build(), owner, fixtures.platformAdmin());
        Actor reader = fixtures.actor(fixtures.aPerson().teacher().build());

        Comment comment = use.comment(reader, r.id(), "例题很清楚");
        deliveries.awaitAll();
        assertThat(count(owner, r.title())).isEqualTo(1);
        assertThat(count(expert, r.title())).isEqualTo(1);

        Notification told = notifications.page(expert, null, 10).items().get(0);
        assertThat(told.kind()).isEqualTo(NotificationKind.COMMENT_AWAITING_MODERATION);
        assertThat(told.text()).isEqualTo("资源《" + r.title() + "》有一条新评论等待审核。");
        assertThat(told.url()).isEqualTo("/resources/" + r.id() + "#resource-comments");
        assertThat(comment.id()).isPositive();

        // the owner's own comment: the expert is told again, the owner (its author) is not
        use.comment(owner, r.id(), "已补充答案");
        deliveries.awaitAll();
        assertThat(count(expert, r.title())).isEqualTo(2);
        assertThat(count(owner, r.title())).isEqualTo(1);
        assertThat(count(otherExpert, r.title())).isZero();
        assertThat(count(reader, r.title())).isZero();
    }

    private long count(Actor actor, String title) {
        return notifications.page(actor, null, 100).items().stream()
                .filter(n -> n.kind() == NotificationKind.COMMENT_AWAITING_MODERATION && n.text().contains(title))
                .count();
    }
}
