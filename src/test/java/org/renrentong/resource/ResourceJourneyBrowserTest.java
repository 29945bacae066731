package org.renrentong.resource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.storage.SampleFiles;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.taxonomy.TreePlace;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The whole journey in Chromium on a phone-sized screen: a teacher uploads a video and a PDF (a save refused for a
 * missing place keeps both uploads), a reviewer approves them, a student finds them by a Chinese keyword and by the
 * textbook tree, opens the PDF and seeks in the video.
 */
@IntegrationTest
class ResourceJourneyBrowserTest extends BrowserTest {

    @Autowired
    Deliveries deliveries;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    TextbookTree tree;

    @Test
    void uploadReviewFindPreviewAndSeek(@TempDir Path dir) throws IOException {
        School school = fixtures.aSchool().build();
        SchoolClass schoolClass = fixtures.aClass().in(school).build();
        Person teacher = logins.ready(fixtures.aPerson().teacher().teaching(schoolClass).build());
        Person student = logins.ready(fixtures.aPerson().student().in(schoolClass).build());
        Person reviewer = logins.regionAdmin("130100");
        TreeNode lesson = resources.lesson("2", "14");
        TreePlace place = tree.place(lesson.id());
        String keyword = "勾股定理" + Fixtures.unique();
        Path video = dir.resolve("实录.webm");
        Files.write(video, new ClassPathResource("resource/clip.webm").getContentAsByteArray());
        Path pdf = dir.resolve("教学设计.pdf");
        Files.write(pdf, SampleFiles.pdf(keyword, 4000));

        Page t = browser.signedIn(teacher.account(), Fixtures.PASSWORD);
        t.navigate("/resources/new");
        t.fill("#title", keyword + " 课堂实录");
        t.fill("#keywords", keyword + "，直角三角形");
        t.selectOption("#type", "LESSON_RECORDING");
        t.check("#audience-STUDENT");
        t.selectOption("#role-0", "RECORDING");
        t.setInputFiles("#upload0-file", video);
        t.selectOption("#role-1", "PLAN");
        t.setInputFiles("#upload1-file", pdf);
        assertThat(t.locator("input[name=upload0]")).not().hasValue("");
        assertThat(t.locator("input[name=upload1]")).not().hasValue("");
        String videoUpload = t.locator("input[name=upload0]").inputValue();

        // refused without a place: the finished uploads come back done, with their roles, and need no new choice
        t.click("#resource-save");
        assertThat(t.locator("#places-error")).isVisible();
        assertThat(t.locator("input[name=upload0]")).hasValue(videoUpload);
        assertThat(t.locator("#upload0-status")).containsText("已上传：实录.webm");
        assertThat(t.locator("#upload1-status")).containsText("已上传：教学设计.pdf");
        assertThat(t.locator("[data-name=upload0] [data-upload-progress]")).hasAttribute("aria-valuenow", "100");
        assertThat(t.locator("[data-name=upload0] .progress-bar")).hasClass(Pattern.compile("bg-success"));
        assertThat(t.locator("#role-0")).hasValue("RECORDING");
        assertThat(t.locator("#role-1")).hasValue("PLAN");
        // the PDF is removed and chosen again: a new upload replaces it
        t.click("#upload1-remove");
        assertThat(t.locator("input[name=upload1]")).hasValue("");
        assertThat(t.locator("#upload1-status")).isEmpty();
        t.setInputFiles("#upload1-file", pdf);
        assertThat(t.locator("input[name=upload1]")).not().hasValue("");
        open(t, place.path().subList(0, place.path().size() - 1));
        t.check("#place-" + lesson.id());
        t.click("#resource-save");
        assertThat(t.locator("#resource-status")).hasText("草稿");
        t.click("#review-SUBMIT");
        assertThat(t.locator("#resource-status")).hasText("待审核");
        String detailUrl = t.url();

        Page r = browser.signedIn(reviewer.account(), Fixtures.PASSWORD);
        r.navigate("/resources/reviews");
        r.locator(".resource-title", new Page.LocatorOptions().setHasText(keyword)).click();
        r.click("#review-PUBLISH");
        assertThat(r.locator("#resource-status")).hasText("已发布");
        deliveries.awaitAll();

        Page s = browser.signedIn(student.account(), Fixtures.PASSWORD);
        s.click(".navbar-toggler");
        s.fill("#top-search input[name=q]", keyword);
        s.press("#top-search input[name=q]", "Enter");
        Locator hit = s.locator(".search-hit", new Page.LocatorOptions().setHasText(keyword));
        assertThat(hit).hasCount(1);
        assertThat(hit.locator("mark").first()).isVisible();

        s.navigate("/resources/search");
        // on a phone the filters, the tree among them, are folded under a button
        s.click("#search-filters-toggle");
        open(s, place.path().subList(0, 2));
        s.locator("a.tree-link[href$='placeId=" + place.path().get(2).id() + "']").click();
        assertThat(s.locator("#search-place")).containsText("测试出版社");
        s.locator(".search-hit a", new Page.LocatorOptions().setHasText(keyword)).click();
        assertThat(s).hasURL(detailUrl);

        assertThat(s.locator(".pdf-view[data-rendered='1']")).hasCount(1);
        Object seeked = s.evaluate("""
                () => new Promise((resolve, reject) => {
                  const v = document.querySelector('video.resource-video');
                  const go = () => { v.addEventListener('seeked', () => resolve(v.currentTime), { once: true });
                                     v.currentTime = 2; };
                  if (v.readyState >= 1) { go(); } else { v.addEventListener('loadedmetadata', go, { once: true }); }
                  setTimeout(() => reject('no seek'), 15000);
                })""");
        assertThat(((Number) seeked).doubleValue()).isGreaterThanOrEqualTo(1.5);
    }

    /** Opens the tree picker's branches along the path, waiting for each level to load. */
    private static void open(Page page, List<org.renrentong.taxonomy.TreeNode> path) {
        for (org.renrentong.taxonomy.TreeNode node : path) {
            page.locator("button.tree-toggle[hx-get*='parent=" + node.id() + "&']").click();
            page.waitForSelector("#children-" + node.id() + " li");
        }
    }
}
