package org.renrentong.classroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.renrentong.classroom.quiz.Quiz;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.storage.SampleFiles;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.QuizFixtures;
import org.renrentong.testing.TaughtClassBuilder;
import org.renrentong.testing.TermBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The teaching journey on a phone-sized screen, in a class with a head teacher and a mathematics teacher (任课教师):
 * homework from assigning to the guardian reading the grade, a quiz from taking to marking, a notice with a 回执.
 */
@IntegrationTest
class TeachingJourneyBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired QuizFixtures quizzes;
    @Autowired TermBuilder terms;
    @Autowired Deliveries deliveries;

    /** A class in a school under way in its term: its head teacher, maths teacher, a student and her guardian. */
    private record ClassOf(SchoolClass schoolClass, Person head, Person maths, Person student, Person guardian) {
    }

    private ClassOf aClass() {
        School school = fixtures.aSchool().build();
        terms.aTerm().at(school).build();
        Person head = ready(fixtures.aPerson().teacher().at(school).build());
        Person maths = ready(fixtures.aPerson().teacher().at(school).named("李数学").build());
        SchoolClass c = new TaughtClassBuilder(fixtures).in(school).head(head).subject("14", maths).build();
        Person student = ready(fixtures.aPerson().student().in(c).named("张小雨").build());
        Person guardian = ready(fixtures.aPerson().guardianOf(student).build());
        return new ClassOf(c, head, maths, student, guardian);
    }

    @Test
    void theSubjectTeacherAssignsHomeworkWithAPictureTheStudentHandsInAPhotoAndTheGuardianReadsTheGrade()
            throws IOException {
        ClassOf c = aClass();
        String title = "口算练习 " + Fixtures.unique();

        Page t = browser.signedIn(c.maths().account(), Fixtures.PASSWORD);
        t.navigate("/homework/new");
        t.fill("#title", title);
        t.fill("#instructions", "完成第 12 页口算题，拍照上传。");
        t.selectOption("#subjectCode", "14");
        t.fill("#due", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(2).truncatedTo(ChronoUnit.MINUTES)
                .toString());
        t.fill("#maxScore", "100");
        t.check("#class-" + c.schoolClass().id());
        t.setInputFiles("#attachments", file("题目.png", SampleFiles.png(64, 48)));
        t.click("#homework-save");
        assertThat(t.locator("#homework-title")).hasText(title);
        assertThat(t.locator(".teaching-week")).containsText("教学周");
        String homeworkUrl = t.url();

        Page s = browser.signedIn(c.student().account(), Fixtures.PASSWORD);
        s.navigate("/homework");
        s.locator(".homework-item", new Page.LocatorOptions().setHasText(title)).click();
        assertThat(s.locator("#homework-attachments img")).hasCount(1);
        s.setInputFiles("#submit-photos", file("手写作业.png", SampleFiles.png(1200, 900)));
        s.click("#submit-button");
        assertThat(s.locator("#homework-mine .homework-status")).hasText("已提交");

        t.navigate(homeworkUrl);
        t.locator(".homework-class-link").first().click();
        t.locator("#homework-students a", new Page.LocatorOptions().setHasText("张小雨")).click();
        assertThat(t.locator(".work-photo")).hasCount(1);
        t.fill("#grade-score", "92");
        t.fill("#grade-comment", "思路清楚，注意进位。");
        t.click("#grade-submit");
        assertThat(t.locator("#work-saved")).isVisible();

        Page g = browser.signedIn(c.guardian().account(), Fixtures.PASSWORD);
        g.navigate("/homework");
        g.locator(".homework-item", new Page.LocatorOptions().setHasText(title)).click();
        assertThat(g.locator("#homework-children")).containsText("92");
        assertThat(g.locator("#homework-children .homework-comment")).containsText("思路清楚，注意进位。");
    }

    @Test
    void aQuizIsTakenByTheStudentAndItsShortAnswerMarkedByTheTeacher() {
        ClassOf c = aClass();
        Actor maths = fixtures.actor(c.maths());
        Quiz quiz = quizzes.aQuiz(maths).titled("分数单元测验 " + Fixtures.unique())
                .with(quizzes.anItem(maths).singleChoice("1/2 + 1/4 等于", 1, "2/6", "3/4", "1/8").build(), 5)
                .with(quizzes.anItem(maths).shortAnswer("说明为什么 2/4 = 1/2", "分子分母同除以 2").build(), 5)
                .forClass(c.schoolClass()).build();

        Page s = browser.signedIn(c.student().account(), Fixtures.PASSWORD);
        s.navigate("/quizzes");
        s.locator("#quizzes a", new Page.LocatorOptions().setHasText(quiz.title())).click();
        s.click("#quiz-start");
        Locator choice = question(s, "1/2 + 1/4");
        choice.locator("label", new Locator.LocatorOptions().setHasText("B.")).click();
        assertThat(choice.locator("[id^=saved-]")).containsText("已保存");
        Locator essay = question(s, "为什么");
        essay.locator("textarea").fill("分子分母同时除以 2，分数的大小不变。");
        essay.locator("textarea").blur();
        assertThat(essay.locator("[id^=saved-]")).containsText("已保存");
        s.click("#quiz-hand-in");
        assertThat(s.locator("#quiz-mark")).containsText("简答题待老师批改");

        Page t = browser.signedIn(c.maths().account(), Fixtures.PASSWORD);
        t.navigate("/quizzes");
        t.locator("#quizzes a", new Page.LocatorOptions().setHasText(quiz.title())).click();
        t.locator("#student-results a", new Page.LocatorOptions().setHasText("张小雨")).click();
        t.fill("#points-2", "4");
        t.fill("#comment-2", "说得对，再写上依据。");
        t.click("#mark-2");
        assertThat(t.locator("#attempt-score")).containsText("9");

        s.reload();
        assertThat(s.locator("#quiz-mark")).containsText("得分 9");
        assertThat(s.locator("#quiz-mark")).not().containsText("待老师批改");
    }

    @Test
    void aGuardianConfirmsTheTeachersNoticeAndTheTeacherSeesTheTally() {
        ClassOf c = aClass();
        String notice = "周五下午开家长会，请回执 " + Fixtures.unique();

        Page t = browser.signedIn(c.head().account(), Fixtures.PASSWORD);
        t.navigate("/classes/mine");
        t.locator("#class-cards a").first().click();
        t.fill("#post-body", notice);
        t.selectOption("#post-kind", "NOTICE");
        t.selectOption("#notice-audience", "GUARDIANS");
        t.selectOption("#notice-ask", "CONFIRM");
        t.click("#post-submit");
        t.locator("#notices article").filter(new Locator.FilterOptions().setHasText(notice))
                .locator(".notice-open").click();
        assertThat(t.locator("#notice-tally")).containsText("已确认 0/1");

        deliveries.awaitAll();
        Page g = browser.signedIn(c.guardian().account(), Fixtures.PASSWORD);
        g.navigate("/notifications");
        g.locator("#notifications a").filter(new Locator.FilterOptions().setHasText(notice)).click();
        g.click("#notice-confirm");
        assertThat(g.locator("#notice-my-answer")).containsText("已知晓");

        t.reload();
        assertThat(t.locator("#notice-tally")).containsText("已确认 1/1");
    }

    private static Locator question(Page page, String text) {
        return page.locator("#questions section", new Page.LocatorOptions().setHasText(text));
    }

    private Person ready(Person person) {
        fixtures.passwordChanged(person);
        return person;
    }

    private static Path file(String name, byte[] bytes) throws IOException {
        return Files.write(Files.createTempDirectory("journey").resolve(name), bytes);
    }
}
