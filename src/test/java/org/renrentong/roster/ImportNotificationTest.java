package org.renrentong.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.roster.ImportWaiter.importAndWait;
import static org.renrentong.roster.RosterFiles.STUDENT_HEADER;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.notification.Notification;
import org.renrentong.notification.NotificationKind;
import org.renrentong.notification.Notifications;
import org.renrentong.org.School;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/** Whoever starts an import is told when it ends, written or not, with a link to the job. */
@IntegrationTest
class ImportNotificationTest {

    @Autowired Fixtures fixtures;
    @Autowired Imports imports;
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
    void aFinishedAndARejectedImportEachTellTheAdministratorWhoStartedIt() {
        School school = fixtures.aSchool().build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        Actor colleague = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        byte[] good = RosterFiles.csv(STUDENT_HEADER, List.<String[]>of(
                new String[] {"七年级", "1班", RosterFiles.number(), "王小明", "男", "", "", "", ""}));
        byte[] bad = RosterFiles.csv(STUDENT_HEADER, List.<String[]>of(
                new String[] {"七年级", "1班", RosterFiles.number(), "", "男", "", "", "", ""}));

        ImportJob done = importAndWait(imports, admin, school.id(), "学生.csv", good);
        ImportJob rejected = importAndWait(imports, admin, school.id(), "学生.csv", bad);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(rejected.status()).isEqualTo(ImportStatus.REJECTED);

        deliveries.awaitAll();
        Notification finished = to(admin, "/imports/" + done.id());
        assertThat(finished.kind()).isEqualTo(NotificationKind.IMPORT_FINISHED);
        assertThat(finished.text()).isEqualTo("批量导入已完成：新建 1 人，更新 0 人。");
        Notification failed = to(admin, "/imports/" + rejected.id());
        assertThat(failed.kind()).isEqualTo(NotificationKind.IMPORT_FAILED);
        assertThat(failed.text()).contains("未通过检查");
        assertThat(notifications.page(colleague, null, 10).items()).isEmpty();
    }

    private Notification to(Actor actor, String url) {
        return notifications.page(actor, null, 50).items().stream().filter(n -> n.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no notification links to " + url));
    }
}
