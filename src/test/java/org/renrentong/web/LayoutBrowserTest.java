package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The shell at a laptop's 1366 px and the crowded pages at a phone's 390 px. */
@IntegrationTest
class LayoutBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Logins logins;

    @Test
    void administratorMenusStayOnOneLineAndTheSearchBoxKeepsItsWidthAtALaptopWidth() {
        for (Person admin : new Person[] {logins.platformAdmin(), logins.regionAdmin("130100")}) {
            Page page = browser.signedIn(admin.account(), Fixtures.PASSWORD);
            page.setViewportSize(1366, 768);
            for (String lang : new String[] {"zh-CN", "en"}) {
                page.navigate("/resources/search?lang=" + lang);
                // from the top of the highest item of the bar (brand, links, search) to the bottom of the lowest
                double spread = number(page, "(() => { const r = [...document.querySelectorAll("
                        + "'.navbar-brand, #topnav .nav-link, #top-search input')]"
                        + ".filter(a => a.offsetParent).map(a => a.getBoundingClientRect());"
                        + " return Math.max(...r.map(b => b.bottom)) - Math.min(...r.map(b => b.top)); })()");
                double line = number(page, "document.querySelector('#topnav .nav-link').getBoundingClientRect().height");
                assertThat(spread).as(admin.account() + " " + lang + " menu height").isLessThan(line * 1.5);
                // and no entry breaks its own words over two lines ("My / space")
                assertThat(number(page, "[...document.querySelectorAll('#topnav .nav-link, #topnav .navbar-text')]"
                        + ".filter(a => a.offsetParent).filter(a => { const s = getComputedStyle(a);"
                        + " return a.getBoundingClientRect().height >= parseFloat(s.lineHeight) * 1.5"
                        + " + parseFloat(s.paddingTop) + parseFloat(s.paddingBottom); }).length"))
                        .as(admin.account() + " " + lang + " entries on two lines").isZero();
                assertThat(number(page, "document.querySelector('#top-search input').getBoundingClientRect().width"))
                        .as(lang + " search box width").isGreaterThanOrEqualTo(150);
            }
            page.context().close();
        }
    }

    @Test
    void onAPhoneThePeopleTableScrollsInsteadOfSquashing() {
        School school = fixtures.aSchool().build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        for (int i = 0; i < 3; i++) {
            fixtures.aPerson().teacher().at(school).build();
        }
        Page page = browser.signedIn(admin.account(), Fixtures.PASSWORD);
        page.navigate("/people?school=" + school.id());

        assertThat(number(page, "document.getElementById('people-table').getBoundingClientRect().width"))
                .isGreaterThanOrEqualTo(600);
        assertThat(number(page, "document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        page.context().close();
    }

    @Test
    void onAPhoneTheChartTurnsItsAxisLabels() {
        School school = fixtures.aSchool().build();
        for (int i = 1; i <= 4; i++) {
            fixtures.aClass().in(school).named("七年级实验" + i + "班").build();
        }
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        Page page = browser.signedIn(admin.account(), Fixtures.PASSWORD);
        page.navigate("/statistics/spaces?school=" + school.id());
        page.waitForFunction("() => window.echarts && echarts.getInstanceByDom(document.getElementById('space-chart'))");

        assertThat(number(page, "echarts.getInstanceByDom(document.getElementById('space-chart'))"
                + ".getOption().xAxis[0].axisLabel.rotate")).isGreaterThan(0);
        page.context().close();
    }

    @Test
    void onAPhoneSearchResultsComeBeforeTheFoldedFilters() {
        Page page = browser.visitor();
        page.navigate("/resources/search?q=" + Fixtures.unique());

        assertThat(page.locator("#search-filters").isVisible()).isFalse();
        assertThat(number(page, "document.getElementById('search-total').getBoundingClientRect().top"))
                .isLessThan(number(page, "document.getElementById('search-filters-toggle').getBoundingClientRect().top"));
        page.click("#search-filters-toggle");
        page.waitForFunction("() => document.getElementById('search-filters').classList.contains('show')");
        page.context().close();
    }

    private static double number(Page page, String expression) {
        return ((Number) page.evaluate("() => " + expression)).doubleValue();
    }
}
