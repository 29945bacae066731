package org.renrentong.classroom.week;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.renrentong.classroom.homework.Grading;
import org.renrentong.classroom.homework.Homework;
import org.renrentong.classroom.homework.Level;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.GuardianBuilder;
import org.renrentong.testing.HomeworkFixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The guardian's home on a phone 360 px wide: a guardian of two children at two schools lands on it, sees a child's
 * homework due this week and a grade with the teacher's comment, and opens that child's class space in two taps.
 */
@IntegrationTest
class GuardianHomeBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired HomeworkFixtures homework;
    @Autowired Grading grading;

    @Test
    void aGuardianOfTwoChildrenSeesHomeworkAndAGradeAndOpensAClassSpace() {
        SchoolClass first = fixtures.aClass().in(fixtures.aSchool().build()).build();
        SchoolClass second = fixtures.aClass().in(fixtures.aSchool().build()).build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(first).build());
        Actor otherTeacher = fixtures.actor(fixtures.aPerson().teacher().teaching(second).build());
        Person mei = fixtures.aPerson().student().in(first).named("李小梅").build();
        Person lei = fixtures.aPerson().student().in(second).named("李小磊").build();
        Person guardian = new GuardianBuilder(fixtures).of(mei, lei).build();
        fixtures.passwordChanged(guardian);
        long n = Fixtures.unique();
        Homework graded = homework.aHomework(teacher).to(first).titled("口算练习 " + n).build();
        Homework due = homework.aHomework(otherTeacher).to(second).titled("背诵古诗 " + n).build();
        homework.submitPhoto(fixtures.actor(mei), graded);
        grading.grade(teacher, homework.submissionOf(graded, mei.id()), null, Level.EXCELLENT, "书写工整，继续保持！");
        homework.dueThisWeek(graded);
        homework.dueThisWeek(due);

        Page g = browser.signedIn(guardian.account(), Fixtures.PASSWORD);
        g.setViewportSize(360, 740);
        g.navigate("/home");
        assertThat(g).hasURL(Pattern.compile(".*/children$"));
        assertThat(g.locator(".child-card")).hasCount(2);
        Locator meiCard = g.locator("#child-" + mei.id());
        Locator leiCard = g.locator("#child-" + lei.id());
        assertThat(leiCard.locator(".week-homework")).containsText("背诵古诗 " + n);
        assertThat(leiCard.locator(".week-homework .homework-status")).hasText("待完成");
        assertThat(meiCard.locator(".week-grades .homework-grade")).hasText("优");
        assertThat(meiCard.locator(".week-grades .homework-comment")).containsText("书写工整，继续保持！");
        assertThat((Integer) g.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);

        // two taps: the child's week, then the class space
        meiCard.locator(".child-week-link").click();
        assertThat(g.locator("#child-week h1")).containsText("李小梅");
        g.locator("#child-week .child-space-link").click();
        assertThat(g.locator("#space-title")).hasText(first.fullName());
    }
}
