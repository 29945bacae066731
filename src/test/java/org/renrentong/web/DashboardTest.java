package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.resource.ReviewAction;
import org.renrentong.resource.Reviews;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Each administrator lands on the dashboard of their own scope; everyone else on their space. */
@IntegrationTest
class DashboardTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired ResourceFixtures resources;
    @Autowired Reviews reviews;

    @Test
    void aSchoolAdministratorSeesTheSchoolsCountsNotAnotherSchools() throws Exception {
        School mine = fixtures.aSchool().inCounty("130102").build();
        School other = fixtures.aSchool().inCounty("130102").build();
        fixtures.aPerson().teacher().at(mine).build();
        for (int i = 0; i < 4; i++) {
            fixtures.aPerson().teacher().at(other).build();
        }
        Actor author = fixtures.actor(fixtures.aPerson().teacher().at(other).build());
        reviews.act(author, resources.aResource(author).at(resources.lesson("2", "14")).build().id(),
                ReviewAction.SUBMIT, null);
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(mine).build());
        Person otherAdmin = logins.ready(fixtures.aPerson().schoolAdmin().at(other).build());

        String page = page(get("/dashboard").with(as(admin)));
        assertThat(figure(page, "dash-people")).isEqualTo(2);
        assertThat(figure(page, "dash-contributed")).isZero();
        assertThat(figure(page, "dash-awaiting")).isZero();
        assertThat(page).contains(mine.name(), "href=\"/resources/schools/" + mine.id() + "\"", "href=\"/people\"",
                "href=\"/imports\"", "href=\"/audit\"",
                "space-chart", "dashboard-table", "新建人员", "id=\"nav-dashboard\"")
                .doesNotContain(other.name(), "??");

        String theirs = page(get("/dashboard").with(as(otherAdmin)));
        assertThat(figure(theirs, "dash-people")).isEqualTo(6);
        assertThat(figure(theirs, "dash-contributed")).isEqualTo(1);
        assertThat(figure(theirs, "dash-awaiting")).isEqualTo(1);
        assertThat(theirs).contains(other.name()).doesNotContain(mine.name());
    }

    @Test
    void regionAndPlatformAdministratorsSeeTheirScopeAndTheReviewQueue() throws Exception {
        String county = page(get("/dashboard").with(as(logins.regionAdmin("130102"))));
        assertThat(county).contains("工作台 · 长安区", "href=\"/resources/reviews\"", "href=\"/statistics/spaces\"",
                "href=\"/resources/regions/130102\"");
        String platform = page(get("/dashboard").param("lang", "en").with(as(logins.platformAdmin())));
        assertThat(platform).contains("Dashboard", "河北省", "Awaiting review").doesNotContain("??");
    }

    @Test
    void administratorsLandOnTheDashboardOthersOnTheirSpaceAndOnlyAdministratorsOpenIt() throws Exception {
        School school = fixtures.aSchool().inCounty("130102").build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        Person teacher = logins.ready(fixtures.aPerson().teacher().at(school).build());
        mvc.perform(get("/home").session(signIn(admin))).andExpect(redirectedUrl("/dashboard"));
        mvc.perform(get("/home").session(signIn(teacher))).andExpect(redirectedUrl("/spaces/mine"));
        mvc.perform(get("/dashboard").with(as(teacher))).andExpect(status().isForbidden());
    }

    private MockHttpSession signIn(Person person) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(person.account()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/home")).andReturn().getRequest().getSession(false);
    }

    /** The number shown on the dashboard's card of that id. */
    private static long figure(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*<div class=\"card-body p-2\">\\s*"
                + "<div class=\"fs-4 fw-bold\">(\\d+)</div>").matcher(page);
        assertThat(m.find()).as(id).isTrue();
        return Long.parseLong(m.group(1));
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
