package org.renrentong.classroom.quiz;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A quiz from the bank to the mark, in Chromium on a phone-sized screen. */
@IntegrationTest
class QuizBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;

    @Test
    void aTeacherSetsATwoItemQuizAStudentTakesItAndBothSeeTheResult() {
        School school = fixtures.aSchool().build();
        SchoolClass schoolClass = fixtures.aClass().in(school).build();
        Person teacher = ready(fixtures.aPerson().teacher().teaching(schoolClass).build());
        Person student = ready(fixtures.aPerson().student().in(schoolClass).build());
        String choiceStem = "\\( 3^2 \\) 等于 " + Fixtures.unique();
        String fillStem = "水的化学式是 ____ " + Fixtures.unique();
        String title = "第一单元测验 " + Fixtures.unique();

        Page t = browser.signedIn(teacher.account(), Fixtures.PASSWORD);
        t.navigate("/quizzes/items/new");
        t.selectOption("#kind", "SINGLE_CHOICE");
        t.selectOption("#subjectCode", "14");
        t.fill("#stem", choiceStem);
        t.fill("#choices", "6\n9\n12");
        t.fill("#answer", "B");
        t.click("#item-save");
        assertThat(t.locator("#quiz-done")).isVisible();
        t.navigate("/quizzes/items/new");
        t.selectOption("#kind", "FILL_IN");
        t.selectOption("#subjectCode", "14");
        t.fill("#stem", fillStem);
        t.fill("#answer", "H2O | H₂O");
        t.click("#item-save");
        assertThat(t.locator("#items")).containsText(fillStem);
        // formulas are rendered by KaTeX
        assertThat(t.locator("#items .katex").first()).isVisible();

        t.navigate("/quizzes/new");
        t.fill("#title", title);
        t.check("#class-" + schoolClass.id());
        row(t, "水的化学式是").locator("input[type=checkbox]").check();
        row(t, "等于").locator("input[type=checkbox]").check();
        t.click("#quiz-save");
        assertThat(t.locator("#quiz-title")).hasText(title);

        Page s = browser.signedIn(student.account(), Fixtures.PASSWORD);
        s.navigate("/quizzes");
        s.locator("#quizzes a", new Page.LocatorOptions().setHasText(title)).click();
        s.click("#quiz-start");
        Locator choice = question(s, "等于");
        choice.locator("label", new Locator.LocatorOptions().setHasText("B.")).click();
        assertThat(choice.locator("[id^=saved-]")).containsText("已保存");
        Locator fill = question(s, "水的化学式是");
        fill.locator("input[type=text]").fill("Ｈ２Ｏ");
        fill.locator("input[type=text]").blur();
        assertThat(fill.locator("[id^=saved-]")).containsText("已保存");
        s.click("#quiz-hand-in");
        assertThat(s.locator("#quiz-mark")).containsText("得分 10");

        t.navigate("/quizzes");
        t.locator("#quizzes a", new Page.LocatorOptions().setHasText(title)).click();
        assertThat(t.locator("#student-results")).containsText(student.name());
        assertThat(t.locator("#item-results .difficulty").first()).hasText("1.00");
        assertThat(t.locator("#item-chart canvas")).isVisible();
    }

    private static Locator question(Page page, String text) {
        return page.locator("#questions section", new Page.LocatorOptions().setHasText(text));
    }

    private static Locator row(Page page, String text) {
        return page.locator("#quiz-form tr", new Page.LocatorOptions().setHasText(text));
    }

    private Person ready(Person person) {
        fixtures.passwordChanged(person);
        return person;
    }
}
