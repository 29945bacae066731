package org.renrentong.classroom.homework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.org.SchoolClass;
import org.renrentong.storage.SampleFiles;
import org.renrentong.storage.StoredFiles;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The homework journey on a phone-sized screen: a teacher assigns homework with a picture, a student hands in a
 * photo (made smaller in the browser), the teacher grades it with a comment, and the guardian reads grade and comment.
 */
@IntegrationTest
class HomeworkBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired StoredFiles storedFiles;

    @Test
    void assignedHandedInGradedAndReadByTheGuardian() throws IOException {
        SchoolClass c = fixtures.aClass().build();
        Person teacher = ready(fixtures.aPerson().teacher().teaching(c).build());
        Person student = ready(fixtures.aPerson().student().in(c).named("张小雨").build());
        Person guardian = ready(fixtures.aPerson().guardianOf(student).build());
        Path picture = file("题目.png", SampleFiles.png(64, 48));
        Path photo = file("手写作业.png", SampleFiles.png(2400, 1800));
        String title = "口算练习 " + Fixtures.unique();

        Page t = browser.signedIn(teacher.account(), Fixtures.PASSWORD);
        t.navigate("/homework");
        t.click("#homework-new");
        t.fill("#title", title);
        t.fill("#instructions", "完成第 12 页口算题，拍照上传。");
        t.fill("#due", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(2).truncatedTo(ChronoUnit.MINUTES)
                .toString());
        t.fill("#maxScore", "100");
        t.check("#class-" + c.id());
        t.setInputFiles("#attachments", picture);
        t.click("#homework-save");
        assertThat(t.locator("#homework-title")).hasText(title);
        assertThat(t.locator("#homework-attachments img")).hasCount(1);
        String homeworkUrl = t.url();

        Page s = browser.signedIn(student.account(), Fixtures.PASSWORD);
        s.navigate("/homework");
        s.locator(".homework-item", new Page.LocatorOptions().setHasText(title)).click();
        assertThat(s.locator("#homework-attachments img")).hasCount(1);
        s.setInputFiles("#submit-photos", photo);
        s.click("#submit-button");
        assertThat(s.locator("#homework-submitted")).isVisible();
        assertThat(s.locator("#homework-mine .homework-status")).hasText("已提交");
        s.navigate("/homework");
        assertThat(s.locator("#homework-group-submitted .homework-item")).containsText(title);

        // the browser sent a JPEG of at most 1,600 px a side, not the 2,400 px PNG
        long fileId = jdbc.sql("""
                SELECT f.file_id FROM homework_file f JOIN homework_submission s ON s.id = f.submission_id
                WHERE s.student_id = ?""").param(student.id()).query(Long.class).single();
        assertThat(storedFiles.file(fileId).orElseThrow().mediaType()).isEqualTo("image/jpeg");
        try (InputStream in = storedFiles.content(fileId).getInputStream()) {
            BufferedImage image = ImageIO.read(in);
            assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(1600);
        }

        t.navigate(homeworkUrl);
        t.locator(".homework-class-link").first().click();
        assertThat(t.locator("#homework-counts")).containsText("按时提交 1 人");
        t.locator("#homework-students a", new Page.LocatorOptions().setHasText("张小雨")).click();
        assertThat(t.locator(".work-photo")).hasCount(1);
        t.fill("#grade-score", "95");
        t.fill("#grade-comment", "计算准确，书写工整！");
        t.click("#grade-submit");
        assertThat(t.locator("#work-saved")).isVisible();

        Page g = browser.signedIn(guardian.account(), Fixtures.PASSWORD);
        g.navigate("/homework");
        assertThat(g.locator(".child-homework")).containsText("张小雨");
        assertThat(g.locator(".child-homework .homework-grade")).hasText("95/100 分");
        assertThat(g.locator(".child-homework .homework-comment")).containsText("计算准确，书写工整！");
        g.locator(".homework-item", new Page.LocatorOptions().setHasText(title)).click();
        assertThat(g.locator("#homework-children .homework-comment")).containsText("计算准确，书写工整！");
    }

    private Person ready(Person person) {
        fixtures.passwordChanged(person);
        return person;
    }

    private static Path file(String name, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("homework");
        return Files.write(dir.resolve(name), bytes);
    }
}
